import { closeSync, fstatSync, lstatSync, openSync, unlinkSync } from "node:fs";

/** A lock older than this belongs to a writer that crashed or was killed (appends hold it for milliseconds) and is taken over. */
export const LOCK_STALE_MS = 10_000;

const LOCK_ATTEMPTS = 1000;

/** Unlock: remove our lock file; one already taken over by another writer (ours went stale) is theirs now. */
export function releaseLock(release: () => void): void {
  try {
    release();
  } catch {
    // the lock file is gone or was replaced: nothing of ours to remove
  }
}

/**
 * The run file's exclusive lock: `<file>.lock`, created with O_EXCL (one creator wins) and removed on
 * release. A lock older than LOCK_STALE_MS belongs to a writer that crashed or was killed (appends hold it
 * for milliseconds) and is taken over, by one writer at a time (takeOverStale).
 * Taken synchronously — an uncontended append never waits on the event loop — and retried with a short
 * randomized backoff while another writer holds it. (A plain file, not proper-lockfile's directory: creating
 * and removing a directory costs the journal enough to hold appends below 2,000/s with fsync.)
 */
export async function acquireLock(path: string): Promise<() => void> {
  const lockPath = `${path}.lock`;
  for (let attempt = 1; ; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      const { ino } = fstatSync(fd);
      closeSync(fd);
      return () => {
        if (lstatSync(lockPath).ino === ino) unlinkSync(lockPath);
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      if (takeOverStale(lockPath)) continue;
      if (attempt >= LOCK_ATTEMPTS) throw new Error(`${lockPath} is held by another writer`);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 1 + attempt * 2)));
    }
  }
}

/**
 * Remove a stale lock file; true when the caller should try to create the lock again at once. One taker at a time
 * (`<lock>.taker`, O_EXCL): writers that found the same stale lock and each moved or removed "it" could remove a lock
 * another had just created, leaving two writers appending at one offset — one acknowledged event overwritten by the
 * other (6 writers meeting a stale lock: two holders in 7 rounds of 30). Under the taker's file the lock changes only
 * by its writer's release and a new writer's create; the stale file is removed only if it is still the one seen.
 */
function takeOverStale(lockPath: string): boolean {
  const held = lstatSync(lockPath, { throwIfNoEntry: false });
  if (!held) return true;
  if (Date.now() - held.mtimeMs < LOCK_STALE_MS) return false;
  const taker = `${lockPath}.taker`;
  try {
    closeSync(openSync(taker, "wx"));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    // A taker killed between its steps leaves its file: stale too after LOCK_STALE_MS.
    const stuck = lstatSync(taker, { throwIfNoEntry: false });
    if (stuck && Date.now() - stuck.mtimeMs >= LOCK_STALE_MS) removeQuietly(taker);
    return false;
  }
  try {
    const now = lstatSync(lockPath, { throwIfNoEntry: false });
    if (now?.ino === held.ino && Date.now() - now.mtimeMs >= LOCK_STALE_MS) unlinkSync(lockPath);
    return true;
  } finally {
    removeQuietly(taker);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
