import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, relative } from "node:path";
import { DEFAULT_LIMITS } from "../kernel/limits";
import { describeFsError, readSourceText } from "../kernel/source/document";
import { unsafeReason } from "../kernel/workspace";
import { findSections, linesOf } from "./marker";

/** A file's text with the flow's marked section replaced by a fresh one (the first; later ones removed), or the section appended. */
export function upsertSection(text: string, flowId: string, section: string): string {
  const lines = linesOf(text);
  const mine = findSections(lines).filter((s) => s.claim?.flowId === flowId);
  const fresh = linesOf(section).slice(0, -1);
  if (mine.length === 0) {
    const body = text.replace(/\n*$/, "");
    return body ? `${body}\n\n${section}` : section;
  }
  const out: string[] = [];
  let at = 0;
  mine.forEach((s, i) => {
    out.push(...lines.slice(at, s.startLine), ...(i === 0 ? fresh : []));
    at = s.endLine;
  });
  out.push(...lines.slice(at));
  return out.join("\n");
}

/**
 * Write a projection where `flowgate project --output` was told: the whole file, or the flow's section of it.
 * A workspace path that is a link out of the workspace, into .git/ or a special file is refused (a checked-out
 * pull request could point AGENTS.md at ~/.bashrc). Returns why it was not written, or undefined.
 */
export function writeProjection(root: string, path: string, text: string, section?: { flowId: string }): string | undefined {
  const rel = relative(root, path);
  const unsafe = !rel.startsWith("..") && !isAbsolute(rel) ? unsafeReason(root, rel) : undefined;
  if (unsafe) return `${rel} ${unsafe}: it was not written`;
  let content = text;
  if (section && existsSync(path)) {
    const existing = readSourceText(path, rel, DEFAULT_LIMITS);
    if (existing.text === undefined) return `${rel || path} ${existing.findings[0]!.message}`;
    content = upsertSection(existing.text, section.flowId, text);
  }
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return undefined;
  } catch (e) {
    return `cannot write ${rel || path}: ${describeFsError(e)}`;
  }
}
