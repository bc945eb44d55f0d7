// A lock taker for lock.test.ts: waits for a shared start time (so several meet one stale lock at once), takes
// the run file's lock, logs `in`/`out` around 30 ms of holding it, releases it. Bundled by esbuild.
import { appendFileSync } from "node:fs";
import { acquireLock, releaseLock } from "../../core/ledger/lock";

async function main() {
  const [path, log, startAt, id] = process.argv.slice(2);
  while (Date.now() < Number(startAt));
  const release = await acquireLock(path!);
  appendFileSync(log!, `in ${id}\n`);
  const held = Date.now();
  while (Date.now() - held < 30);
  appendFileSync(log!, `out ${id}\n`);
  releaseLock(release);
}

void main();
