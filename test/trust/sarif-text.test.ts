import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, put } from "./pr";

// Code scanning shows a SARIF result's message as text, and reads `[text](n)` in it as a link to the result's related
// location n (SARIF 2.1.0 §3.11.6). A pull request writes part of many messages (a flow id, a file name, a quoted
// value): its bidirectional controls reordered the alert as shown, and its brackets made links.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

type Result = { ruleId: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> };

describe("SARIF messages quoting a pull request's text (built Action)", () => {
  it("a flow id with U+202E and a `[text](1)` link: the message shows the control as a code point and the brackets escaped", async () => {
    const pr = await pullRequest((dir) => put(dir, "flows/linked.flow.yaml", 'flow:\n  flow_id: "see [the fix](1) \\u202Egnp.x"\nsteps: []\n'));
    const r = await gate(api, pr, { sarif: "flowgate.sarif" });
    expect(r.code).toBe(1);
    const results: Result[] = JSON.parse(readFileSync(join(pr.dir, "flowgate.sarif"), "utf8")).runs[0].results;
    const flowId = results.filter((x) => x.ruleId === "flow/invalid-flow-id").map((x) => x.message.text);
    expect(flowId).toEqual(['`flow.flow_id` "see \\[the fix\\](1) \\[U+202E\\]gnp.x" is not a flow id (flow_ + 1-64 of \\[a-z0-9_\\])']);
    const texts = results.flatMap((x) => x.message.text);
    expect(texts.filter((t) => /\p{Bidi_Control}/u.test(t))).toEqual([]);
    expect(texts.filter((t) => /(?<!\\)\[[^\]]*\]\(\d+\)/.test(t))).toEqual([]);
  }, 120_000);
});
