import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { HeadFlows } from "../../core/flow/analyze";
import { traceItem } from "../../extension/views/traceRows";
import { configOf, coreAnalyzer, env } from "../extension/helpers";
import { FIXTURES, fixture } from "./helpers";

vi.mock("vscode", () => import("../extension/fake-vscode"));

const traceAnalyzer = coreAnalyzer(new HeadFlows());
const policy = configOf({ traces: { policy: { "forbidden-tools": ["run_shell"] } } });

describe("the editor: trace files get core's findings as diagnostics and rows in the Evidence view", () => {
  test("a trace file (traces.include) is claimed by core's per-file analysis, with findings at each span", async () => {
    const found = await traceAnalyzer.analyze({ root: "/nowhere", rel: "t/ops.otlp.jsonl", text: fixture("ops.otlp.jsonl"), languageId: "json" }, env({}, policy));
    expect(found!.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(["1:1346 trace/tool-call-failed", "3:1032 trace/tool-forbidden"]);
  });
  test("a file outside traces.include is not claimed", async () => {
    expect(await traceAnalyzer.analyze({ root: "/nowhere", rel: "t/ops.json", text: fixture("ops.otlp.jsonl"), languageId: "json" }, env({}, policy))).toBeUndefined();
  });
  test("the Evidence view row shows the trace's verdict and runs", () => {
    const failing = traceItem(FIXTURES, "ops.otlp.jsonl", policy);
    expect(failing.description).toBe("trace · fail · 1 run, 8 calls");
    expect((failing.tooltip as { value: string }).value).toContain("- failing checks: trace/tool-call-failed, trace/tool-forbidden");
    const passing = traceItem(FIXTURES, "weather.otlp.json", policy);
    expect(passing.description).toBe("trace · pass · 1 run, 3 calls");
    expect(passing.id).toBe("trace:weather.otlp.json");
    expect(join(FIXTURES, "weather.otlp.json")).toBe((passing.resourceUri as { fsPath?: string; path: string }).path);
  });
});
