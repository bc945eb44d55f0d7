// Makes the installable CLI package from dist/: build/cli/ (package.json, the bundles, the WASM grammars, README,
// LICENSE) and, with --tarball, the `npm pack` tarball beside it. Everything is bundled: no dependencies, no scripts.
// `--dist DIR` packs another build (the release script's), `--out DIR` writes elsewhere.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(name) ? resolve(args[args.indexOf(name) + 1]) : fallback);
const dist = flag("--dist", join(root, "dist"));
const out = flag("--out", join(root, "build", "cli"));

// Scoped to the organisation that publishes the extension (`flowgate-dev`) and owns the repository: the name says who
// publishes it. The command is `flowgate` either way.
const CLI_PACKAGE_NAME = "@flowgate-dev/cli";

const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
// cli.js starts cli-bundle.js; lsp.js: `flowgate lsp --stdio` loads it beside the CLI (editors start the installed CLI).
const shipped = ["cli.js", "cli-bundle.js", "lsp.js", "scan-worker.js", "wasm"];
for (const f of shipped) if (!existsSync(join(dist, f))) throw new Error(`${join(dist, f)} is missing: run \`npm run build\` first`);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const f of shipped) cpSync(join(dist, f), join(out, f), { recursive: true });
copyFileSync(join(root, "LICENSE"), join(out, "LICENSE"));
copyFileSync(join(root, "packaging", "cli", "README.md"), join(out, "README.md"));
const pkg = {
  name: CLI_PACKAGE_NAME,
  version: manifest.version,
  description: manifest.description,
  keywords: manifest.keywords,
  license: manifest.license,
  author: manifest.author,
  homepage: manifest.homepage,
  repository: manifest.repository,
  bugs: manifest.bugs,
  type: "commonjs",
  bin: { flowgate: "cli.js" },
  files: ["cli.js", "cli-bundle.js", "lsp.js", "scan-worker.js", "wasm/*.wasm"],
  engines: { node: manifest.engines.node },
  publishConfig: { access: "public" },
};
writeFileSync(join(out, "package.json"), JSON.stringify(pkg, null, 2) + "\n");

if (args.includes("--tarball")) {
  const name = execFileSync("npm", ["pack", "--json", "--pack-destination", dirname(out), out], { encoding: "utf8" });
  console.log(join(dirname(out), JSON.parse(name)[0].filename));
} else console.log(out);
