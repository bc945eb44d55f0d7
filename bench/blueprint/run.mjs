// Bundles bench/blueprint/bench.ts with esbuild and runs it: `node bench/blueprint/run.mjs`.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import * as esbuild from "esbuild";

const out = join(import.meta.dirname, "../out/blueprint-bench.cjs");
await esbuild.build({ entryPoints: [join(import.meta.dirname, "bench.ts")], bundle: true, platform: "node", target: "node20", format: "cjs", mainFields: ["module", "main"], outfile: out, logLevel: "error" });
execFileSync(process.execPath, [out], { stdio: "inherit", cwd: join(import.meta.dirname, "../..") });
