import { relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { withoutCustomRules, ConfigError, loadConfig, type Config, DEFAULT_CONFIG, toRepoPath } from "../core/index";
import type { ServerSettings } from "./settings";

/** One workspace folder as the server sees it: root, validated config (or the error), settings. */
export interface Folder {
  uri: string;
  name: string;
  root: string;
  config: Config;
  configError?: ConfigError;
  settings: ServerSettings;
}

/** A file path of a `file:` URI, or undefined (untitled buffers, git:, other schemes). */
export function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

/** The folder's config as the checks get it: its .flowgate.yml, or the defaults and the error when it does not validate. */
export function loadFolder(uri: string, name: string, settings: ServerSettings, trusted: boolean): Folder {
  const root = fsPathOf(uri) ?? process.cwd();
  let config = DEFAULT_CONFIG;
  let configError: ConfigError | undefined;
  try {
    config = loadConfig(root, settings.configPath === ".flowgate.yml" ? undefined : settings.configPath).config;
  } catch (error) {
    configError = error instanceof ConfigError ? error : new ConfigError(settings.configPath, 1, 1, error instanceof Error ? error.message : String(error));
  }
  return { uri, name, root, config: trusted ? config : withoutCustomRules(config), configError, settings };
}

/** The innermost folder containing a file, and the file's repo-relative path in it. */
export function locate(folders: readonly Folder[], uri: string): { folder: Folder; rel: string } | undefined {
  const path = fsPathOf(uri);
  if (!path) return undefined;
  let best: { folder: Folder; rel: string } | undefined;
  for (const folder of folders) {
    const rel = relative(folder.root, path);
    if (!rel || rel === ".." || rel.startsWith(`..${sep}`) || rel.startsWith("/")) continue;
    if (!best || folder.root.length > best.folder.root.length) best = { folder, rel: toRepoPath(rel) };
  }
  return best;
}
