/**
 * The folders a project's Python packaging makes importable by name. An installed project (`pip install -e .`, a uv
 * workspace member, `PYTHONPATH=src`) puts its package folder on sys.path for every process of the environment: with a
 * src layout that is `<project>/src`, with a flat one the project's own folder, or what its manifest names
 * (setuptools' `package-dir` and `packages.find.where`, Poetry's `packages[].from`, Hatch's wheel `packages`, PDM's
 * `package-dir`). A file anywhere may then import `acme.tools` from `libs/acme/src/acme/tools.py`: the scan looks for
 * absolute imports there too (project.ts pythonCandidates), every candidate judged, as it does in the folders a file
 * adds to sys.path.
 */
import { join, posix } from "node:path";
import { isObject } from "../data";
import { globFolders } from "../kernel/files";
import { entryAt, isWorkspaceFile } from "../kernel/workspace";
import { readSource } from "./scan";
import { parseToml } from "./toml";

/** The manifests of an installable Python project. */
export const PYTHON_PROJECT = /(?:^|\/)(?:pyproject\.toml|setup\.py|setup\.cfg)$/;

/** Bytes of a manifest read for its package folders (a larger one gives the default folders only). */
const MAX_MANIFEST_BYTES = 1024 * 1024;

/**
 * The folders one manifest makes importable, repo-relative ("." for the root), each inside the workspace: the
 * project's folder, its `src`, and the folders the manifest names. A manifest that does not read gives the first two.
 */
export function pythonRootsOf(file: string, text: string | undefined): string[] {
  const dir = posix.dirname(file);
  const named = text === undefined ? [] : file.endsWith(".toml") ? pyprojectFolders(text) : file.endsWith(".cfg") ? setupCfgFolders(text) : setupPyFolders(text);
  const out = new Set<string>();
  for (const folder of [".", "src", ...named]) {
    const joined = posix.normalize(posix.join(dir, folder));
    if (!posix.isAbsolute(folder) && joined !== ".." && !joined.startsWith("../")) out.add(joined.replace(/\/$/, "") || ".");
  }
  return [...out];
}

/** Every manifest's folders that hold one of `sources` (only there can an import find one), in the order given, each once. */
export function pythonRoots(manifests: Iterable<[file: string, text: string | undefined]>, sources: Iterable<string>): string[] {
  const holding = new Set<string>();
  for (const file of sources) for (let dir = posix.dirname(file); !holding.has(dir); dir = posix.dirname(dir)) holding.add(dir);
  const out = new Set<string>();
  for (const [file, text] of manifests) for (const root of pythonRootsOf(file, text)) if (holding.has(root)) out.add(root);
  return [...out];
}

const strings = (v: unknown): string[] => (typeof v === "string" ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const at = (v: unknown, ...keys: string[]) => keys.reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), v);

function pyprojectFolders(text: string): string[] {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text);
  } catch {
    return [];
  }
  const tool = at(doc, "tool");
  const poetry = at(tool, "poetry", "packages");
  return [
    ...strings(at(tool, "setuptools", "packages", "find", "where")),
    ...strings(at(tool, "setuptools", "package-dir", "")),
    ...(Array.isArray(poetry) ? poetry.flatMap((p) => strings(at(p, "from"))) : []),
    // Hatch names each package's folder (`src/acme`): its parent is what goes on the path.
    ...strings(at(tool, "hatch", "build", "targets", "wheel", "packages")).map((p) => posix.dirname(p)),
    ...strings(at(tool, "pdm", "build", "package-dir")),
  ];
}

/** setup.cfg's `[options] package_dir = =src` (the root package's folder) and `[options.packages.find] where = src`. */
function setupCfgFolders(text: string): string[] {
  const out: string[] = [];
  let section = "";
  let key = "";
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = raw.replace(/\s+[#;].*$/, "");
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) [section, key] = [header[1]!.trim(), ""];
    else if (/^\S/.test(line)) {
      const m = /^([\w.-]+)\s*[=:]\s*(.*)$/.exec(line);
      key = m ? m[1]!.toLowerCase() : "";
      if (m) out.push(...setupCfgValue(section, key, m[2]!));
    } else if (key) out.push(...setupCfgValue(section, key, line.trim()));
  }
  return out;
}

function setupCfgValue(section: string, key: string, value: string): string[] {
  if (section === "options" && key === "package_dir") {
    const root = /^=\s*(\S+)$/.exec(value);
    return root ? [root[1]!] : [];
  }
  return section === "options.packages.find" && key === "where" && value ? [value] : [];
}

/** setup.py's `package_dir={"": "src"}` and `find_packages("src")` / `find_packages(where="src")`, as literals. */
function setupPyFolders(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/package_dir\s*=\s*\{\s*(["'])\1\s*:\s*(["'])([^"'\n]+)\2/g)) out.push(m[3]!);
  for (const m of text.matchAll(/find(?:_namespace)?_packages\s*\(\s*(?:where\s*=\s*)?(["'])([^"'\n]+)\1/g)) out.push(m[2]!);
  return out;
}

/** Manifests whose folders the editors keep, by absolute path, with the stat they were read at (LRU). */
const kept = new Map<string, { stamp: string; roots: string[]; members: string[] }>();
const KEPT_MANIFESTS = 256;
const MANIFEST_NAMES = ["pyproject.toml", "setup.cfg", "setup.py"];

/**
 * The folders an editor's buffer at `path` may import by name from, and the manifests naming them (an edit to one may
 * reroute the buffer's imports): those at the workspace's root, in the folders above the buffer, and in the members of
 * the root's uv workspace (`[tool.uv.workspace] members`). The check reads every manifest of its walk, so another
 * member of a monorepo not declared so is found there only. Asked on every keystroke: each manifest is stat'ed, and
 * read again only when its stat changed; read inside the workspace only, never through a link out of it.
 */
export function pythonRootsAbove(root: string, path: string): { roots: string[]; manifests: string[] } {
  const out = new Set<string>();
  const manifests: string[] = [];
  const readIn = (dir: string) => {
    let members: string[] = [];
    for (const name of MANIFEST_NAMES) {
      const file = dir === "." ? name : `${dir}/${name}`;
      const entry = keptManifest(root, file);
      if (!entry) continue;
      manifests.push(file);
      for (const r of entry.roots) out.add(r);
      if (dir === ".") members = entry.members;
    }
    return members;
  };
  // Up to the root, whose manifest declares the members (the last read).
  let members: string[] = [];
  for (let dir = posix.dirname(path); ; dir = posix.dirname(dir)) {
    members = readIn(dir);
    if (dir === ".") break;
  }
  for (const member of globFolders(root, members)) readIn(member);
  return { roots: [...out], manifests };
}

function keptManifest(root: string, file: string): { roots: string[]; members: string[] } | undefined {
  if (!isWorkspaceFile(root, file)) return undefined;
  const absolute = join(root, file);
  const s = entryAt(absolute)!;
  const stamp = `${s.mtimeMs}:${s.size}:${s.ino}`;
  let entry = kept.get(absolute);
  if (entry?.stamp !== stamp) {
    const read = readSource(absolute, MAX_MANIFEST_BYTES);
    const text = typeof read === "string" ? read : undefined;
    entry = { stamp, roots: pythonRootsOf(file, text), members: file === "pyproject.toml" && text !== undefined ? uvMembers(text) : [] };
  }
  kept.delete(absolute);
  kept.set(absolute, entry);
  if (kept.size > KEPT_MANIFESTS) kept.delete(kept.keys().next().value!);
  return entry;
}

/** A root pyproject's uv workspace member globs (`[tool.uv.workspace] members`), none when it declares none or does not read. */
function uvMembers(text: string): string[] {
  try {
    return strings(at(parseToml(text), "tool", "uv", "workspace", "members"));
  } catch {
    return [];
  }
}
