import type { PlacedHop } from "./placed";
import type { FileSymbols, Link } from "./project";
import type { ModulePath } from "./resolve";

/**
 * The same string, not cut from a file's text. V8 keeps a substring of 13 or more characters as a slice of the whole
 * text, so a specifier or a name kept in the symbol table held its file's text alive: on bench/scan's corpus the
 * table held 24 MB of source text for the whole scan, which every young-generation collection copied again.
 */
export function detached(s: string): string {
  // Flattening the concatenation copies the characters; the slice then points into that copy.
  return s.length < 13 ? s : (` ${s}`).slice(1);
}

const hop = (h: PlacedHop): PlacedHop => ({ ...h, text: detached(h.text) });

function path(p: ModulePath): ModulePath {
  return {
    ...p,
    module: detached(p.module),
    members: p.members.map(detached),
    ...(p.via ? { via: p.via.map((v) => (v.placed ? { ...v, placed: hop(v.placed) } : v)) } : {}),
  };
}

function link(l: Link): Link {
  return {
    ...l,
    specifier: detached(l.specifier),
    names: l.names.map(([imported, local]) => [detached(imported), detached(local)]),
    ...(l.namespace !== undefined ? { namespace: detached(l.namespace) } : {}),
    ...(l.hop ? { hop: hop(l.hop) } : {}),
  };
}

/** A file's symbols as the project's table keeps them: holding none of the file's text. */
export function detachedSymbols(symbols: FileSymbols): FileSymbols {
  return { exports: Object.fromEntries(Object.entries(symbols.exports).map(([name, p]) => [name, path(p)])), links: symbols.links.map(link), ...(symbols.searchPaths ? { searchPaths: symbols.searchPaths.map(detached) } : {}), ...(symbols.starBuiltins ? { starBuiltins: symbols.starBuiltins.map(detached) } : {}) };
}
