import type { FileAnalyzer } from "../feature";
import { globMatcher } from "../kernel/files";
import { scanSelector, scriptSelector } from "./check";
import { scanSource } from "./scan";

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
  analyze: (path, text, ctx) => scanSource(path, text, { config: ctx.config.scan, maxBytes: ctx.config.limits["max-file-bytes"] }, ctx.parseSliceMs),
};
