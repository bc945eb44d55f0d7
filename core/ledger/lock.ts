import { closeSync, lstatSync, openSync, renameSync, unlinkSync } from "node:fs";
import { newId } from "./run-files";

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
 * for milliseconds) and is taken over: renamed aside only if it is still the same stale file, then deleted.
 * Taken synchronously — an uncontended append never waits on the event loop — and retried with a short
 * randomized backoff while another writer holds it. (A plain file, not proper-lockfile's directory: creating
 * and removing a directory costs the journal enough to hold appends below 2,000/s with fsync.)
 */
export async function acquireLock(path: string): Promise<() => void> {
  const lockPath = `${path}.lock`;
  for (let attempt = 1; ; attempt++) {
    try {
      closeSync(openSync(lockPath, "wx"));
      const { ino } = lstatSync(lockPath);
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

/** Remove a stale lock file; true when it was stale (or vanished meanwhile), so the caller retries at once. */
function takeOverStale(lockPath: string): boolean {
  const held = lstatSync(lockPath, { throwIfNoEntry: false });
  if (!held) return true;
  if (Date.now() - held.mtimeMs < LOCK_STALE_MS) return false;
  const aside = `${lockPath}.stale-${newId("", 8)}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return true; // another writer took it over first
  }
  // If what we moved is not the stale file we saw (someone replaced it in between), put it back.
  const moved = lstatSync(aside, { throwIfNoEntry: false });
  if (moved && moved.ino !== held.ino) {
    try {
      renameSync(aside, lockPath);
    } catch {
      // lockPath was created again meanwhile; the moved lock's writer is protected by the size check before writing
    }
    return false;
  }
  try {
    unlinkSync(aside);
  } catch {
    // already gone
  }
  return true;
}
