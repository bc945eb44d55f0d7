import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { describe, expect, test } from "vitest";
import { scanFiles } from "../../core/scan/run";
import { REPO, tempDir } from "../helpers/cli";

/** A tree of 120 files: every third one calls out directly. */
function tree(): { root: string; files: string[] } {
  const root = tempDir();
  const files: string[] = [];
  for (let i = 0; i < 120; i++) {
    const py = i % 2 === 0;
    const file = `f${String(i).padStart(3, "0")}.${py ? "py" : "ts"}`;
    const call = i % 3 === 0;
    writeFileSync(join(root, file), py ? `import os\n${call ? "os.system('x')" : "os.getcwd()"}\n` : `${call ? 'fetch("u")' : 'gateway.call("u")'};\n`);
    files.push(file);
  }
  return { root, files };
}

/** The worker entry built from the current sources, as scripts/build.mjs builds dist/scan-worker.js. */
function workerBundle(): string {
  const outfile = join(tempDir(), "scan-worker.js");
  buildSync({ entryPoints: [join(REPO, "core/scan/worker.ts")], bundle: true, platform: "node", format: "cjs", outfile, logLevel: "warning" });
  return outfile;
}

describe("scanFiles", () => {
  test("worker threads find exactly what one thread finds, in file order, and report progress", async () => {
    const { root, files } = tree();
    const single = await scanFiles({ root, files, workers: 1 });
    expect(single.workers).toBe(0);
    expect(single.findings.map((f) => `${f.file}:${f.line}`)).toEqual(files.filter((_, i) => i % 3 === 0).map((f) => `${f}:${f.endsWith(".py") ? 2 : 1}`));
    const progress: Array<[number, number]> = [];
    const parallel = await scanFiles({ root, files, workers: 2, workerScript: workerBundle(), onProgress: (done, total) => progress.push([done, total]) });
    expect(parallel.workers).toBe(2);
    expect(parallel.findings).toEqual(single.findings);
    expect({ ...parallel, findings: [], workers: 0 }).toEqual({ ...single, findings: [] });
    expect(progress.at(-1)).toEqual([120, 120]);
    expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b));
  });

  test("an aborted scan stops with the signal's reason, on a thread or on workers", async () => {
    const { root, files } = tree();
    const controller = new AbortController();
    controller.abort(new Error("user cancelled"));
    await expect(scanFiles({ root, files, workers: 1, signal: controller.signal })).rejects.toThrow("user cancelled");
    await expect(scanFiles({ root, files, workers: 2, workerScript: workerBundle(), signal: controller.signal })).rejects.toThrow("user cancelled");
    const midway = new AbortController();
    const run = scanFiles({ root, files, workers: 1, signal: midway.signal, onProgress: (done) => done >= 32 && midway.abort(new Error("stop")) });
    await expect(run).rejects.toThrow("stop");
  });

  test("without a worker bundle (running from sources) the scan stays on this thread", async () => {
    const { root, files } = tree();
    expect((await scanFiles({ root, files: files.concat(files, files, files), workers: "auto" })).workers).toBe(0);
  });
});

test("the gate reports the scan's progress under the check name `scan`, and honours its AbortSignal", async () => {
  const { runGate } = await import("../../core/gate");
  const { scanCheck } = await import("../../core/scan/check");
  const { DEFAULT_CONFIG } = await import("../../core/config/schema");
  const { root } = tree();
  const progress: Array<[string, number, number]> = [];
  const gate = await runGate([scanCheck], { root, config: DEFAULT_CONFIG, onProgress: (p) => progress.push([p.check, p.done, p.total]) });
  expect(gate.report.summary.errors).toBe(40);
  expect(progress.at(-1)).toEqual(["scan", 120, 120]);
  expect(new Set(progress.map(([check]) => check))).toEqual(new Set(["scan"]));
  const controller = new AbortController();
  const cancelled = runGate([scanCheck], { root, config: DEFAULT_CONFIG, signal: controller.signal, onProgress: (p) => p.done >= 32 && controller.abort(new Error("cancelled from the editor")) });
  await expect(cancelled).rejects.toThrow("cancelled from the editor");
});
