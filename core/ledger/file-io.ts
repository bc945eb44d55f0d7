import { closeSync, fsyncSync, openSync, readSync } from "node:fs";

/** Byte-level reads and directory syncs the ledger's reader and writer share. */

export function readRange(fd: number, start: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buf, done, length - done, start + done);
    if (n === 0) break;
    done += n;
  }
  return buf.subarray(0, done);
}

export function lastLineOf(buf: Buffer): Buffer {
  const end = buf.length - 1;
  const start = buf.lastIndexOf(0x0a, end - 1) + 1;
  return Buffer.from(buf.subarray(start));
}

export function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the file itself is synced.
  }
}
