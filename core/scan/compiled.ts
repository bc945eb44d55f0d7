import { join } from "node:path";
import { type Finding, WHOLE_FILE } from "../kernel/findings";
import { BYTECODE_CACHE, globMatcher, isBytecodeCache, readHead } from "../kernel/files";
import type { ScanConfig } from "./config";
import { pythonArchiveOf } from "../kernel/zip";
import { compiledModule } from "./rules";

/**
 * Compiled modules a change can commit beside its sources, which an import loads as it loads a source and the scan
 * cannot read: CPython's extension modules (found before an `x.py` beside them), bytecode (`x.pyc`, loaded where no
 * `x.py` is) and hash-based bytecode caches (`__pycache__/x.cpython-311.pyc`, loaded in place of `x.py`), and Node's
 * addons (`require("./x")` loads `x.node` where no `x.js` or `x.json` is).
 */
const PYTHON_EXTENSION = /\.(?:so|pyd)$/;
const PYTHON_BYTECODE = /\.pyc$/;
const NODE_ADDON = /\.node$/;
/** Zip archives Python imports modules from once one is on its path (by its name here; the trust model knows one by its directory). */
const PYTHON_ARCHIVE = /\.(?:zip|whl|egg|pyz)$/;

/** A file's folder (with its `/`, or "") and the module it is (its name up to the first dot). */
function placeOf(path: string): { dir: string; module: string } {
  const slash = path.lastIndexOf("/");
  return { dir: path.slice(0, slash + 1), module: path.slice(slash + 1).split(".", 1)[0]! };
}

/** The folder of the source a bytecode cache stands in for (`pkg/` for `pkg/__pycache__/x.cpython-311.pyc`), or undefined for other files. */
function cachedFrom(path: string): string | undefined {
  const { dir } = placeOf(path);
  return PYTHON_BYTECODE.test(path) && isBytecodeCache(dir.slice(0, -1)) ? dir.slice(0, -`${BYTECODE_CACHE}/`.length) : undefined;
}

/** The source a compiled module stands in for (`pkg/x.py` for `pkg/__pycache__/x.cpython-311.pyc`), or undefined for other files. */
function sourceOf(path: string): string | undefined {
  const { dir, module } = placeOf(path);
  if (NODE_ADDON.test(path)) return `${dir}${module}.js`;
  if (PYTHON_ARCHIVE.test(path)) return `${dir}${module}.py`;
  if (!PYTHON_EXTENSION.test(path) && !PYTHON_BYTECODE.test(path)) return undefined;
  return `${cachedFrom(path) ?? dir}${module}.py`;
}

/**
 * Compiled modules the scan judges: those whose source would be selected (`scan.include`, `scan.exclude`: a
 * `.so` where a `.py` would be scanned) and not excluded themselves.
 */
export function compiledSelector(scan: ScanConfig, selectSource: (path: string) => boolean): (path: string) => boolean {
  const exclude = globMatcher(scan.exclude);
  return (path) => {
    const source = sourceOf(path);
    return source !== undefined && selectSource(source) && !exclude(path);
  };
}

/** The bytes of a bytecode file's header that say how Python checks it against its source (PEP 552). */
const PYC_HEADER_BYTES = 8;

/** A bytecode cache's check against its source: "unchecked" or "checked" hash, or undefined (a timestamp, or no header). */
function hashCheckOf(root: string, path: string): "unchecked" | "checked" | undefined {
  const header = readHead(join(root, path), PYC_HEADER_BYTES);
  // A magic number ends in \r\n; the flags' bit 0 marks a hash-based file, bit 1 one checked against its source.
  if (!header || header.length < PYC_HEADER_BYTES || header[2] !== 0x0d || header[3] !== 0x0a) return undefined;
  const flags = header.readUInt32LE(4);
  return flags & 1 ? (flags & 2 ? "checked" : "unchecked") : undefined;
}

/**
 * The finding for a compiled module at `path`, or none: a bytecode cache stamped with its source's modification time
 * is not one, since Python loads it only while that time matches the source's, and a checkout writes every source
 * with its own time (and a cache is what running the code leaves behind).
 */
export function compiledFinding(root: string, path: string): Finding | undefined {
  const { module } = placeOf(path);
  if (NODE_ADDON.test(path)) return compiledModule.at(path, WHOLE_FILE, `a Node addon: \`require("./${module}")\` beside it loads it where no \`${module}.js\` is`);
  if (PYTHON_EXTENSION.test(path)) return compiledModule.at(path, WHOLE_FILE, `a Python extension module: \`import ${module}\` beside it loads it, before any \`${module}.py\` there`);
  if (PYTHON_ARCHIVE.test(path)) {
    const archive = pythonArchiveOf(join(root, path));
    return archive === undefined ? undefined : compiledModule.at(path, WHOLE_FILE, archive);
  }
  if (cachedFrom(path) === undefined) return compiledModule.at(path, WHOLE_FILE, `Python bytecode: \`import ${module}\` beside it loads it where no \`${module}.py\` is`);
  const check = hashCheckOf(root, path);
  if (check === undefined) return undefined;
  const source = sourceOf(path)!;
  const how = check === "unchecked" ? "without comparing the two" : "comparing only the source's hash written in it, not the code it holds";
  return compiledModule.at(path, WHOLE_FILE, `a bytecode cache with ${check === "unchecked" ? "an unchecked" : "a checked"} hash: Python runs it in place of \`${source}\` ${how}`);
}
