// The real VS Code host for the extension's end-to-end tests, installed offline and cached under .cache/.
// What works here and why each step is needed: docs in README "Extension end-to-end tests" and
// the team note on the real VS Code host. `node scripts/code-server.mjs` installs (first run ~5 min)
// and prints a JSON summary; the second run only checks the markers and costs nothing.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ensureNode24 } from "./node24.mjs";

export const CODE_SERVER_VERSION = "4.139.1";
export const CACHE_DIR = join(import.meta.dirname, "..", ".cache", "code-server");
export const CODE_SERVER_DIR = join(CACHE_DIR, "node_modules", "code-server");
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, "out", "node", "entry.js");
// The browser: FLOWGATE_E2E_CHROMIUM if set, Debian's chromium, else an installed Google Chrome (GitHub's runners).
const BROWSERS = [process.env.FLOWGATE_E2E_CHROMIUM, "/usr/bin/chromium", "/usr/bin/google-chrome"].filter(Boolean);
export const findChromium = () => BROWSERS.find((path) => existsSync(path));
const READY_MARKER = join(CACHE_DIR, `ready-${CODE_SERVER_VERSION}`);

// Native modules of VS Code's server that npm's blocked install scripts leave unbuilt (each one was needed).
const NATIVE_MODULES = [
  "@parcel/watcher",
  "@vscode/spdlog",
  "node-pty",
  "kerberos",
  "@vscode/sqlite3",
  "@vscode/deviceid",
  "@vscode/native-watchdog",
  "@vscode/fs-copyfile",
];

// Debian packages: the kerberos headers for one native module, and the browser that drives the workbench.
const APT_PACKAGES = [
  { name: "libkrb5-dev", present: () => existsSync("/usr/include/krb5.h") || existsSync("/usr/include/krb5/krb5.h") },
  { name: "chromium", present: () => findChromium() !== undefined },
];

const log = (message) => console.error(`[code-server.mjs] ${message}`);

function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(" ")}${options.cwd ? `   (in ${options.cwd})` : ""}`);
  execFileSync(command, args, { stdio: ["ignore", process.stderr, process.stderr], ...options });
}

export function ensureAptPackages() {
  const missing = APT_PACKAGES.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
  if (missing.length === 0) return;
  const asRoot = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (...args) => (asRoot.length ? run("sudo", ["apt-get", ...args]) : run("apt-get", args));
  log(`installing Debian packages: ${missing.join(", ")}`);
  apt("update");
  apt("install", "-y", "--no-install-recommends", ...missing);
}

/** Installs code-server once (npm package, its postinstall by hand, native rebuilds against Node 24's headers). */
export function ensureCodeServerInstalled(node24) {
  if (existsSync(READY_MARKER)) return;
  const nodeDir = dirname(dirname(node24));
  const env = {
    ...process.env,
    PATH: `${dirname(node24)}:${process.env.PATH}`,
    // The machine's npm config points nodedir at Node 20's headers; native modules must build for Node 24.
    npm_config_nodedir: nodeDir,
    npm_config_user_agent: "npm/11 node/v24.0.0 linux x64",
  };
  // A half-finished earlier attempt is not trusted: start that folder over.
  rmSync(CACHE_DIR, { recursive: true, force: true });
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(join(CACHE_DIR, "package.json"), '{ "private": true }\n');
  run("npm", ["install", "--no-save", "--no-audit", "--no-fund", `code-server@${CODE_SERVER_VERSION}`], { cwd: CACHE_DIR, env });
  // npm blocks dependency install scripts here, so code-server's own postinstall runs by hand.
  run("sh", ["postinstall.sh"], { cwd: CODE_SERVER_DIR, env });
  run(
    "npm",
    ["rebuild", "--dangerously-allow-all-scripts", ...NATIVE_MODULES],
    { cwd: join(CODE_SERVER_DIR, "lib", "vscode"), env },
  );
  writeFileSync(READY_MARKER, `${new Date().toISOString()}\n`);
}

/** Everything the e2e suite needs to start a real VS Code: Node 24, code-server's entry, the browser. */
export function ensureCodeServer() {
  const started = Date.now();
  ensureAptPackages();
  const node = ensureNode24();
  ensureCodeServerInstalled(node);
  log(`host ready in ${((Date.now() - started) / 1000).toFixed(1)} s (cache: ${CACHE_DIR})`);
  return { node, entry: CODE_SERVER_ENTRY, chromium: findChromium(), version: CODE_SERVER_VERSION };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(ensureCodeServer(), null, 2));
