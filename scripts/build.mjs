// Builds dist/: one self-contained file per host. `--outdir DIR` builds elsewhere (the staleness test), `--watch` rebuilds on change.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import * as esbuild from "esbuild";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const outdir = args.includes("--outdir") ? args[args.indexOf("--outdir") + 1] : join(root, "dist");
const watch = args.includes("--watch");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

const targets = [
  // `flowgate`: a small launcher that runs the CLI's bundle from V8's code cache (cli/launch.ts).
  { entry: "cli/launch.ts", out: "cli.js", banner: "#!/usr/bin/env node" },
  { entry: "cli/bin.ts", out: "cli-bundle.js" },
  // undici, a quarter of the Action's code, is a bundle of its own, required only when the Action talks to GitHub:
  // a run without a token does not even compile it (lazyDependencies).
  { entry: "action/index.ts", out: "action.js", plugins: [requiredApart("undici", "./action-undici.js")] },
  { entry: "node_modules/undici/index.js", out: "action-undici.js" },
  // The extension's activation layer stays tiny; everything needing core/ is required from extension-host.js on first use.
  { entry: "extension/extension.ts", out: "extension.js", external: ["vscode", "./extension-host.js", "./extension-client.js"] },
  // Stage two: the language client (diagnostics, fixes, hovers come from dist/lsp.js, which it starts).
  { entry: "extension/client/main.ts", out: "extension-client.js", external: ["vscode"] },
  { entry: "extension/host.ts", out: "extension-host.js", external: ["vscode"] },
  { entry: "core/scan/worker.ts", out: "scan-worker.js" },
  // `flowgate lsp --stdio` requires the language server from beside the CLI.
  { entry: "lsp/main.ts", out: "lsp.js" },
].filter((t) => existsSync(join(root, t.entry)));

// zod re-exports every locale (`z.locales`, ~370 KB, 15% of the CLI bundle) that Flowgate never selects: its messages
// are English, which zod's schemas import on their own. The namespace is built with English alone, so each
// bundle's start-up parses and compiles that much less.
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(build) {
    // The namespaced path is printed into the bundle, so it is relative to the repository: dist/ must not depend on
    // where the checkout lives.
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: relative(root, join(args.resolveDir, "../locales/en.js")).split(sep).join("/"), namespace: "zod-locales" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({ contents: `export { default as en } from ${JSON.stringify(`./${args.path}`)};`, resolveDir: root }));
  },
};

// tree-sitter's loader imports two Node modules with `await import()`. A function V8 reads from a code cache cannot
// call import() (Node 20: ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), and the bundles need no module loader for built-ins:
// they are imported statically instead.
const builtinsStatically = {
  name: "builtins-statically",
  setup(build) {
    build.onLoad({ filter: /[\\/]@vscode[\\/]tree-sitter-wasm[\\/]wasm[\\/]tree-sitter\.js$/ }, (args) => {
      const builtins = { module: "__nodeModule", "fs/promises": "__nodeFsPromises" };
      let contents = readFileSync(args.path, "utf8");
      for (const [name, binding] of Object.entries(builtins)) {
        const dynamic = `import(${JSON.stringify(name)})`;
        if (!contents.includes(dynamic)) throw new Error(`${args.path} no longer has ${dynamic}: review builtinsStatically`);
        contents = `import * as ${binding} from ${JSON.stringify(`node:${name}`)};\n${contents.replaceAll(dynamic, `Promise.resolve(${binding})`)}`;
      }
      return { contents, loader: "js" };
    });
  },
};

// undici (a quarter of the Action's bundle) and tunnel are needed only when the Action talks to GitHub (a token),
// yet @actions/core and @actions/github import them at their top, so every run loaded them (~25 ms of a shard's
// start). Here they are required where used.
const lazyDependencies = {
  name: "lazy-dependencies",
  setup(build) {
    const edits = {
      "node_modules/@actions/http-client/lib/index.js": [
        ["import * as tunnel from 'tunnel';", 'const tunnel = new Proxy({}, { get: (_, name) => require("tunnel")[name] });'],
        ["import { ProxyAgent } from 'undici';", ""],
        ["new ProxyAgent(", 'new (require("undici").ProxyAgent)('],
      ],
      "node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js": [
        ['const tunnel = __importStar(require("tunnel"));', 'const tunnel = new Proxy({}, { get: (_, name) => require("tunnel")[name] });'],
        ['const undici_1 = require("undici");', 'const undici_1 = new Proxy({}, { get: (_, name) => require("undici")[name] });'],
      ],
      "node_modules/@actions/github/lib/internal/utils.js": [
        ["import { fetch } from 'undici';", ""],
        ["return fetch(url,", 'return require("undici").fetch(url,'],
      ],
    };
    build.onLoad({ filter: /[\\/]@actions[\\/](?:http-client[\\/]lib[\\/]index|github[\\/]lib[\\/]internal[\\/]utils)\.js$/ }, (args) => {
      const own = edits[relative(root, args.path).split(sep).join("/")];
      if (!own) return undefined;
      let contents = readFileSync(args.path, "utf8");
      for (const [from, to] of own) {
        if (contents.split(from).length !== 2) throw new Error(`${args.path} no longer has ${from} once: review lazyDependencies`);
        contents = contents.replace(from, to);
      }
      return { contents, loader: "js" };
    });
  },
};

// yaml's parser reads process.env.LOG_TOKENS at every lexeme (its composer LOG_STREAM at every token), a debugging
// switch: each read asks the C++ environment store and scans the environment, a quarter of parsing a 2 KB flow. The
// bundles read each switch once, when yaml loads.
const yamlDebugSwitchesOnce = {
  name: "yaml-debug-switches-once",
  setup(build) {
    const switches = { "parse/parser.js": "LOG_TOKENS", "compose/composer.js": "LOG_STREAM" };
    build.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/](?:parse[\\/]parser|compose[\\/]composer)\.js$/ }, (args) => {
      const [file, name] = Object.entries(switches).find(([f]) => args.path.split(sep).join("/").endsWith(`/yaml/dist/${f}`));
      const read = `node_process.env.${name}`;
      const head = "var node_process = require('process');";
      let contents = readFileSync(args.path, "utf8");
      if (contents.split(read).length !== 2 || contents.split(head).length !== 2) throw new Error(`${file} no longer reads ${read} once: review yamlDebugSwitchesOnce`);
      contents = contents.replace(read, `yaml_${name}`).replace(head, `${head}\nconst yaml_${name} = ${read};`);
      return { contents, loader: "js" };
    });
  },
};

/** `name` is required from `file` beside the bundle (a bundle of its own), not bundled in. */
function requiredApart(name, file) {
  return { name: `required-apart-${name}`, setup: (build) => build.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({ path: file, external: true })) };
}

// V8 holds a source with any character past Latin-1 as two bytes a character: the Action's bundle with a `—` in a
// comment took 10–15 ms more CPU to read and compile at every start. esbuild escapes strings, templates and names
// (charset "ascii") but keeps comments and regular expressions as written, where a \u escape means the same.
const asciiOutput = {
  name: "ascii-output",
  setup(build) {
    build.onEnd((result) => {
      for (const file of result.outputFiles ?? []) writeFileSync(file.path, file.text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
    });
  },
};

const common = {
  bundle: true,
  write: false,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
  legalComments: "none",
  define: { FLOWGATE_VERSION: JSON.stringify(version) },
  // @actions/* are ESM-only; esbuild turns them into CommonJS inside the bundle.
  mainFields: ["module", "main"],
  plugins: [zodEnglishOnly, builtinsStatically, lazyDependencies, yamlDebugSwitchesOnce, asciiOutput],
};

// The boundary scan's parser runtime and grammars ship next to the bundles (core/scan/parser.ts looks in dist/wasm).
const wasmSource = join(root, "node_modules/@vscode/tree-sitter-wasm/wasm");
mkdirSync(join(outdir, "wasm"), { recursive: true });
for (const file of ["tree-sitter.wasm", "tree-sitter-python.wasm", "tree-sitter-javascript.wasm", "tree-sitter-typescript.wasm", "tree-sitter-tsx.wasm"]) copyFileSync(join(wasmSource, file), join(outdir, "wasm", file));

const contexts = await Promise.all(
  targets.map((t) =>
    esbuild.context({
      ...common,
      entryPoints: [join(root, t.entry)],
      outfile: join(outdir, t.out),
      external: t.external ?? [],
      banner: t.banner ? { js: t.banner } : undefined,
      plugins: [...common.plugins, ...(t.plugins ?? [])],
    }),
  ),
);
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log(`watching ${targets.map((t) => t.entry).join(", ")}`);
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
