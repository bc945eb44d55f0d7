// The architecture's boundaries, checked by test/architecture.test.ts (ARCHITECTURE.md explains them).
const HOSTS = "^(cli|action|extension|lsp)/";
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No import cycles, type-only imports included: each module can be read after the ones it imports.",
      from: {},
      to: { circular: true },
    },
    {
      name: "core-not-to-hosts",
      severity: "error",
      comment: "core/ is the engine; the CLI, the Action, the extension and the language server are hosts over it.",
      from: { path: "^core/" },
      to: { path: HOSTS },
    },
    {
      name: "core-no-host-apis",
      severity: "error",
      comment: "core/ never uses VS Code's or GitHub Actions' APIs (hosts adapt them).",
      from: { path: "^core/" },
      to: { path: "(^|/)(vscode|@actions/[^/]+|@types/vscode)(/|$)" },
    },
    {
      name: "hosts-use-public-api",
      severity: "error",
      comment: "Hosts import core only through core/index.ts or a feature's index.ts.",
      from: { path: HOSTS, pathNot: "^cli/launch\\.ts$" },
      to: { path: "^core/", pathNot: "^core/(index|[^/]+/index)\\.ts$" },
    },
    {
      name: "cli-launcher-stays-small",
      severity: "error",
      comment: "dist/cli.js starts the CLI's bundle from V8's code cache: it takes from core only what it does before that bundle compiles, the V8 flags it sets, the code cache it reads and the scan workers it starts (core/index.ts would bundle all of core into it).",
      from: { path: "^cli/launch\\.ts$" },
      to: { path: "^core/", pathNot: "^core/(kernel/(optimize|code-cache)|scan/prestart)\\.ts$" },
    },
    {
      name: "hosts-independent",
      severity: "error",
      comment: "A host does not import another host (the CLI's `lsp` command loads lsp.js at run time, not by import).",
      from: { path: "^(cli|action|extension|lsp)/" },
      to: { path: HOSTS, pathNot: "^$1/" },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|dist|test|bench|scripts|\\.cache)/" },
    enhancedResolveOptions: { extensions: [".ts", ".js", ".mjs", ".cjs", ".json"] },
  },
};
