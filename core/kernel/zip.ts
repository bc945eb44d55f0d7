import { fstatSync, readSync } from "node:fs";
import { readOpened } from "./files";

/**
 * The names a zip archive lists, read from its central directory as Python's zipimport reads it: Python imports
 * modules from a zip put on its path whatever the file is called (`lib.zip`, a wheel, `tools.pyz` with a `#!` line
 * before the archive, `lib.dat`), so an archive is known by its end record, not by its name.
 */
export interface ZipListing {
  names: string[];
  /** False when the directory could not be read to its end (damaged, zip64, or past MAX_DIRECTORY_BYTES): what it holds is not known. */
  complete: boolean;
}

const END_SIGNATURE = 0x06054b50;
const END_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const ENTRY_SIGNATURE = 0x02014b50;
const ENTRY_BYTES = 46;
/** Central directory bytes read at most (a bound on hostile input); a larger one is a listing not complete. */
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;

/** The archive's names, or undefined for a file that is not a zip archive (or cannot be read). */
export function zipListing(path: string): ZipListing | undefined {
  return readOpened(path, (fd) => {
    const size = fstatSync(fd).size;
    if (size < END_BYTES) return undefined;
    const tail = Buffer.alloc(Math.min(size, END_BYTES + MAX_COMMENT_BYTES));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    // The end record, its comment running exactly to the file's end (which random bytes holding the signature do not).
    let end = -1;
    for (let i = tail.length - END_BYTES; i >= 0 && end < 0; i--) {
      if (tail.readUInt32LE(i) === END_SIGNATURE && i + END_BYTES + tail.readUInt16LE(i + 20) === tail.length) end = i;
    }
    if (end < 0) return undefined;
    const entries = tail.readUInt16LE(end + 10);
    const directoryBytes = tail.readUInt32LE(end + 12);
    // The directory ends where the end record starts: data before the archive (a `.pyz`'s `#!` line) does not matter.
    const endAt = size - tail.length + end;
    if (directoryBytes > endAt || directoryBytes > MAX_DIRECTORY_BYTES) return { names: [], complete: false };
    const directory = Buffer.alloc(directoryBytes);
    readSync(fd, directory, 0, directoryBytes, endAt - directoryBytes);
    const names: string[] = [];
    let at = 0;
    for (let n = 0; n < entries; n++) {
      if (at + ENTRY_BYTES > directory.length || directory.readUInt32LE(at) !== ENTRY_SIGNATURE) return { names, complete: false };
      const nameBytes = directory.readUInt16LE(at + 28);
      names.push(directory.toString("utf8", at + ENTRY_BYTES, at + ENTRY_BYTES + nameBytes));
      at += ENTRY_BYTES + nameBytes + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    return { names, complete: true };
  });
}

/** What zipimport imports from an archive: sources and bytecode. */
const PYTHON_MODULE = /\.pyc?$/;

/**
 * What a zip archive Python can import modules from holds, said for a finding (`a zip archive of Python modules
 * (\`evil.py\`)`), or undefined for a file that is not one (not a zip, or a zip of no Python modules).
 */
export function pythonArchiveOf(path: string): string | undefined {
  const listing = zipListing(path);
  if (!listing) return undefined;
  if (!listing.complete) return "a zip archive whose listing could not be read to its end (Python may import modules from it)";
  const modules = listing.names.filter((name) => PYTHON_MODULE.test(name));
  if (!modules.length) return undefined;
  const shown = modules.slice(0, 3).map((m) => `\`${m}\``).join(", ");
  return `a zip archive of Python modules, which Python imports from when it is on its path (${shown}${modules.length > 3 ? ` and ${modules.length - 3} more` : ""})`;
}
