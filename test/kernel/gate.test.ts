// runGate runs the checks together: one that offloads its work to other threads starts first, the others run while
// it waits, and the report keeps the checks' order whatever order they finish in.
import { describe, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { type Check, runGate } from "../../core/gate";
import type { CheckResult } from "../../core/report/model";
import { tempDir } from "../helpers/cli";

function check(name: string, events: string[], options: { offloads?: boolean; waits?: Promise<void>; fails?: boolean } = {}): Check {
  return {
    name,
    title: name,
    offloads: options.offloads,
    async run(): Promise<CheckResult> {
      events.push(`${name} starts`);
      await options.waits;
      events.push(`${name} ends`);
      if (options.fails) throw new Error(`${name} failed`);
      return { name, title: name, findings: [], files: [] };
    },
  };
}

describe("runGate", () => {
  test("an offloading check starts first and the others run while it waits; results are in report order", async () => {
    const events: string[] = [];
    let release!: () => void;
    const offloaded = new Promise<void>((resolve) => (release = resolve));
    const checks = [check("flows", events), check("scan", events, { offloads: true, waits: offloaded }), check("ledger", events)];
    const gate = runGate(checks, { root: tempDir(), config: DEFAULT_CONFIG });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual(["scan starts", "flows starts", "ledger starts", "flows ends", "ledger ends"]);
    release();
    const { results } = await gate;
    expect(results.map((r) => r.name)).toEqual(["flows", "scan", "ledger"]);
    expect(events.at(-1)).toBe("scan ends");
  });

  test("--only selects; a check that fails fails the gate with its error; an aborted signal runs nothing", async () => {
    const events: string[] = [];
    const checks = [check("flows", events), check("scan", events, { offloads: true }), check("ledger", events, { fails: true })];
    expect((await runGate(checks, { root: tempDir(), config: DEFAULT_CONFIG, only: ["scan", "flows"] })).results.map((r) => r.name)).toEqual(["flows", "scan"]);
    await expect(runGate(checks, { root: tempDir(), config: DEFAULT_CONFIG })).rejects.toThrow("ledger failed");
    events.length = 0;
    const controller = new AbortController();
    controller.abort(new Error("cancelled"));
    await expect(runGate(checks, { root: tempDir(), config: DEFAULT_CONFIG, signal: controller.signal })).rejects.toThrow("cancelled");
    expect(events).toEqual([]);
  });
});
