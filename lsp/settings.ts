import type { LiveScanSettings } from "../core/index";

/**
 * The server's settings: the `flowgate` section of workspace/configuration (the VS Code extension's
 * `flowgate.*` settings, or `settings.flowgate` in Neovim, Helix and Zed), read defensively: whatever a
 * client sends, a bad value falls back to its default.
 */
export interface ServerSettings {
  scan: LiveScanSettings;
  /** Analyze as you type (debounced) or only on open and save. */
  runOn: "type" | "save";
  debounceMs: number;
  /** Run every check on the whole workspace when the server starts. */
  gateOnOpen: boolean;
  configPath: string;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  scan: { enabled: true, include: [], exclude: [] },
  runOn: "type",
  debounceMs: 300,
  gateOnOpen: true,
  configPath: ".flowgate.yml",
};

const MAX_DEBOUNCE_MS = 5000;
const MAX_GLOBS = 200;

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function globs(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === "string" && g.length > 0 && g.length < 1000).slice(0, MAX_GLOBS) : [];
}

/** Settings from a `flowgate` section shaped like VS Code's (nested `scan`, `gate`), or dotted keys as some clients send them. */
export function parseSettings(section: unknown): ServerSettings {
  const s = record(section);
  const scan = record(s.scan);
  const gate = record(s.gate);
  const pick = (nested: unknown, dotted: string) => (nested !== undefined ? nested : s[dotted]);
  const enabled = pick(scan.enable, "scan.enable");
  const runOn = pick(scan.runOn, "scan.runOn");
  const debounce = pick(scan.debounceMs, "scan.debounceMs");
  const gateOnOpen = pick(gate.runOnOpen, "gate.runOnOpen");
  const configPath = s.configPath;
  return {
    scan: { enabled: typeof enabled === "boolean" ? enabled : true, include: globs(pick(scan.include, "scan.include")), exclude: globs(pick(scan.exclude, "scan.exclude")) },
    runOn: runOn === "save" ? "save" : "type",
    debounceMs: typeof debounce === "number" && Number.isFinite(debounce) ? Math.max(0, Math.min(MAX_DEBOUNCE_MS, debounce)) : DEFAULT_SETTINGS.debounceMs,
    gateOnOpen: typeof gateOnOpen === "boolean" ? gateOnOpen : true,
    configPath: typeof configPath === "string" && configPath.trim() && !configPath.includes("\0") ? configPath : DEFAULT_SETTINGS.configPath,
  };
}
