// Extension activation cost, outside VS Code: a fresh Node process loads dist/extension.js (with a
// permissive stand-in for the `vscode` module), calls activate(), then times the core it defers to a timer
// (what runs right after activation). Loading the bundle dominates activation, as in VS Code's host; the real-host figure comes from the e2e suite's
// Flowgate log ("activated in … ms"). Also reports the .vsix size. Usage: node bench/extension/activation.mjs [runs]
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");
const runs = Number(process.argv[2] ?? 15);

// One child per sample: a cold require each time, as a window opening pays it.
const child = `
const Module = require("node:module");
const anything = () => new Proxy(function () {}, { get: (t, k) => (k === "then" ? undefined : k === Symbol.toPrimitive ? () => 0 : anything()), apply: () => anything(), construct: () => anything(), set: () => true });
// esbuild copies the module's own keys into its namespace object: give the stand-in every name the API declares.
const dts = require("node:fs").readFileSync(${JSON.stringify(join(root, "node_modules", "@types", "vscode", "index.d.ts"))}, "utf8");
const vscode = Object.fromEntries([...dts.matchAll(/^\\texport (?:class|enum|namespace|const|function|let) (\\w+)/gm)].map((m) => [m[1], anything()]));
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return request === "vscode" ? "vscode" : resolve.call(this, request, ...rest); };
require.cache.vscode = { id: "vscode", filename: "vscode", loaded: true, exports: vscode };
const t0 = performance.now();
const ext = require(${JSON.stringify(join(root, "dist", "extension.js"))});
const t1 = performance.now();
ext.activate({ subscriptions: [] });
const t2 = performance.now();
// activate() defers the core (host.ts) to a timer; a timer queued after it fires once the core is built.
setTimeout(() => {
  process.stdout.write(JSON.stringify({ load: t1 - t0, activate: t2 - t1, core: performance.now() - t2 }));
  process.exit(0);
}, 0);
`;

// The activation layer requires the host bundle (`require("./extension-host.js")`) from dist/.
const samples = [];
for (let i = 0; i < runs; i++) {
  try {
    samples.push(JSON.parse(execFileSync(process.execPath, ["-e", child], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })));
  } catch (error) {
    console.error(`activation failed: ${String(error.stderr).split("\n").find((l) => /Error/.test(l)) ?? error.message}`);
    process.exit(1);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = median(samples.map((s) => s.load));
const activate = median(samples.map((s) => s.activate));
const core = median(samples.map((s) => s.core));
const vsix = join(root, "flowgate.vsix");
const result = {
  runs,
  node: process.version,
  extensionBytes: statSync(join(root, "dist", "extension.js")).size,
  hostBytes: statSync(join(root, "dist", "extension-host.js")).size,
  vsixBytes: existsSync(vsix) ? statSync(vsix).size : null,
  medianLoadMs: Number(load.toFixed(1)),
  medianActivateMs: Number(activate.toFixed(1)),
  medianTotalMs: Number((load + activate).toFixed(1)),
  medianDeferredCoreMs: Number(core.toFixed(1)),
  loadavg: (await import("node:os")).loadavg().map((l) => Number(l.toFixed(1))),
};
console.log(JSON.stringify(result, null, 2));
