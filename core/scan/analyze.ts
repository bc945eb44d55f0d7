import type { FileAnalyzer } from "../feature";
import { globMatcher } from "../kernel/files";
import { scanSelector, scriptSelector } from "./check";
import { scanSourceInProject } from "./context";

/** The boundary scan's per-file function: the files the scan check judges (scan.include/exclude, minus scan.allow). */
export const scanAnalyzer: FileAnalyzer = {
  kind: "scan",
  selector: (config) => {
    const selected = scanSelector(config.scan);
    // An extensionless file is scanned when its `#!` line names a scanned language (the scanner reads it).
    const script = scriptSelector(config.scan);
    const allowed = globMatcher(config.scan.allow);
    return (rel) => (selected(rel) || script(rel)) && !allowed(rel);
  },
  // With the files it imports, as the check scans it in the tree (cross-file findings included).
  analyze: async (path, text, ctx) => {
    const scan = await scanSourceInProject(path, text, { config: ctx.config.scan, maxBytes: ctx.config.limits["max-file-bytes"] }, { root: ctx.root, reads: ctx.readable ?? (() => false), buffer: ctx.buffer }, ctx.parseSliceMs);
    ctx.linked?.(scan.linked);
    return scan.findings;
  },
};
