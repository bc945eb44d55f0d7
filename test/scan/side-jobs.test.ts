// shareFiles: a check's per-file work shared with the scan's worker comes back in file order, whoever did each file;
// what the worker claimed and did not answer this thread does; the scan stops the worker only after the jobs lent.
import { EventEmitter } from "node:events";
import type { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { type SideJobRequest, lendScanWorker, shareFiles } from "../../core/scan/side-jobs";

/** A worker that claims `take` files as the request arrives, then answers them (or, `exits`, dies without answering). */
function fakeWorker(take: number, exits = false): Worker & { requests: SideJobRequest[] } {
  const fake = Object.assign(new EventEmitter(), { requests: [] as SideJobRequest[] }) as unknown as Worker & { requests: SideJobRequest[] };
  fake.postMessage = (message: SideJobRequest) => {
    fake.requests.push(message);
    const { id, files, cells } = message.side;
    const next = new Int32Array(cells);
    const claimed: number[] = [];
    for (let i = 0; i < take && Atomics.add(next, 0, 1) < files.length; i++) claimed.push(i);
    setImmediate(() => (exits ? fake.emit("exit", 1) : fake.emit("message", { side: id, done: claimed.map((i) => [i, `worker ${files[i]}`]), last: true })));
  };
  return fake;
}

const files = ["a.bp.yaml", "b.bp.yaml", "c.bp.yaml", "d.bp.yaml"];
const here = (file: string) => `here ${file}`;

describe("shareFiles", () => {
  it("without a worker lent, this thread does every file, in order", async () => {
    expect(await shareFiles("blueprints", files, "/w", DEFAULT_CONFIG, here)).toEqual(files.map(here));
  });

  it("the worker's answers and this thread's come back in file order", async () => {
    const worker = fakeWorker(2);
    const lent = lendScanWorker(worker);
    expect(await shareFiles("blueprints", files, "/w", DEFAULT_CONFIG, here)).toEqual(["worker a.bp.yaml", "worker b.bp.yaml", "here c.bp.yaml", "here d.bp.yaml"]);
    expect(worker.requests.map((r) => r.side.files)).toEqual([files]);
    lent.release(() => undefined);
  });

  it("files the worker claimed and never answered (it exited) are done here", async () => {
    const lent = lendScanWorker(fakeWorker(3, true));
    expect(await shareFiles("blueprints", files, "/w", DEFAULT_CONFIG, here)).toEqual(files.map(here));
    lent.release(() => undefined);
  });

  it("the scan's release stops the worker only once the job lent to it has ended; after the release nothing is lent", async () => {
    const worker = fakeWorker(1);
    const lent = lendScanWorker(worker);
    const stops: string[] = [];
    const job = shareFiles("blueprints", files, "/w", DEFAULT_CONFIG, (file) => (stops.push(`did ${file}`), here(file)));
    lent.release(() => stops.push("stopped"));
    expect(stops).toEqual([]);
    await job;
    expect(stops).toEqual(["did b.bp.yaml", "did c.bp.yaml", "did d.bp.yaml", "stopped"]);
    const after = fakeWorker(4);
    expect(await shareFiles("blueprints", files, "/w", DEFAULT_CONFIG, here)).toEqual(files.map(here));
    expect(after.requests).toEqual([]);
  });
});
