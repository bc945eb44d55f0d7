// Installs the boundary-scan benchmark corpus into bench/corpus/ (gitignored): the JS/TS sources of
// popular npm packages and Python packages from Debian, copied into one tree every tool reads.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

export const NPM_PACKAGES = ["openai", "@anthropic-ai/sdk", "langchain", "axios", "got", "undici"];
export const DEBIAN_PACKAGES = ["python3-requests", "python3-httpx", "python3-urllib3", "python3-aiohttp"];
const PYTHON_MODULES = ["requests", "httpx", "urllib3", "aiohttp"];
const SOURCE = /\.(py|js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"], ...opts });

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

/** Copy a package's sources flat-ish: node_modules/dist/build folders would be skipped by every linter's defaults. */
function copySources(from, to, skipDeclarations = true) {
  let n = 0;
  for (const file of walk(from)) {
    if (!SOURCE.test(file) || (skipDeclarations && /\.d\.[cm]?ts$/.test(file))) continue;
    if (/[\\/]node_modules[\\/].*[\\/]node_modules[\\/]/.test(file)) continue;
    const rel = relative(from, file).replace(/[\\/]/g, "__");
    mkdirSync(to, { recursive: true });
    cpSync(file, join(to, rel));
    n++;
  }
  return n;
}

export function ensureCorpus(root) {
  const corpus = join(root, "bench/corpus");
  const tree = join(corpus, "tree");
  if (existsSync(join(corpus, "READY"))) return tree;
  rmSync(corpus, { recursive: true, force: true });
  mkdirSync(join(corpus, "npm"), { recursive: true });
  writeFileSync(join(corpus, "npm/package.json"), JSON.stringify({ name: "flowgate-bench-corpus", private: true }));
  run("npm", ["install", "--no-save", "--ignore-scripts", "--no-audit", "--no-fund", ...NPM_PACKAGES], { cwd: join(corpus, "npm") });
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...DEBIAN_PACKAGES], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  const nm = join(corpus, "npm/node_modules");
  const counts = {};
  for (const pkg of NPM_PACKAGES) counts[pkg] = copySources(join(nm, pkg), join(tree, "js", pkg.replace("/", "__")));
  // langchain's code lives in its @langchain/* dependencies; count those too.
  if (existsSync(join(nm, "@langchain"))) for (const sub of readdirSync(join(nm, "@langchain"))) counts[`@langchain/${sub}`] = copySources(join(nm, "@langchain", sub), join(tree, "js", `@langchain__${sub}`));
  const dist = "/usr/lib/python3/dist-packages";
  for (const mod of PYTHON_MODULES) if (statSync(join(dist, mod), { throwIfNoEntry: false })?.isDirectory()) counts[mod] = copySources(join(dist, mod), join(tree, "py", mod));
  writeFileSync(join(corpus, "READY"), JSON.stringify(counts, null, 2));
  return tree;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureCorpus(join(import.meta.dirname, "../..")));
}
