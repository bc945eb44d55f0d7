import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { runWithDecision } from "../action/ledger-fixture";
import { eventLine, sealEvent } from "../../core/ledger/chain";
import { errorRules, gate, pullRequest } from "./pr";

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

const POLICY = ".flowgate/policy.json";
const policy = (approvals: Record<string, number>) => JSON.stringify({ flow_run_writes_enabled: true, approvals });

/** The ledger is written under a loosened policy the PR then puts back: only the ledger carries the loosening. */
async function writtenUnder(dir: string, loose: Record<string, number>, decider = "reviewer1") {
  const strict = readFileSync(join(dir, POLICY), "utf8");
  writeFileSync(join(dir, POLICY), policy(loose));
  const { runId } = await runWithDecision(dir, decider);
  writeFileSync(join(dir, POLICY), strict);
  return `.flowgate/runs/${runId}.jsonl`;
}

/** Rewrite a ledger's events and re-seal the chain, as a forger with the hashing code would. */
function reseal(dir: string, file: string, edit: (events: Record<string, any>[]) => void) {
  const events = readFileSync(join(dir, file), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  edit(events);
  const sealed: ReturnType<typeof sealEvent>[] = [];
  for (const e of events) {
    const { hash: _, ...rest } = e;
    sealed.push(sealEvent({ ...rest, prev: sealed.at(-1)?.hash ?? rest.prev } as never));
  }
  writeFileSync(join(dir, file), sealed.map(eventLine).join(""));
}

const messages = (r: { commands: string[] }) => r.commands.filter((c) => c.includes("title=ledger/approval-against-policy")).map((c) => c.slice(c.lastIndexOf("::") + 2));

describe("ledger/approval-against-policy: a ledger the PR adds is replayed against the base's policy (built Action)", () => {
  it("ledger/approval-against-policy: 1 approver where the policy requires 2", async () => {
    const pr = await pullRequest((dir) => writtenUnder(dir, { required_approvals: 1, tool_call_ttl_seconds: 900 }).then(() => undefined), (dir) => writeFileSync(join(dir, POLICY), policy({ required_approvals: 2, tool_call_ttl_seconds: 900 })));
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["ledger/approval-against-policy"]);
    expect(messages(r)[0]).toMatch(/^approval appr_[0-9a-f]+ is approved by 1 distinct approver\(s\); the policy requires 2$/);
  });

  it("ledger/approval-against-policy: expires_at far beyond the policy's tool_call_ttl_seconds", async () => {
    const pr = await pullRequest((dir) => writtenUnder(dir, { required_approvals: 1, tool_call_ttl_seconds: 315360000 }).then(() => undefined), (dir) => writeFileSync(join(dir, POLICY), policy({ required_approvals: 1, tool_call_ttl_seconds: 900 })));
    const r = await gate(api, pr);
    expect(errorRules(r)).toEqual(["ledger/approval-against-policy"]);
    expect(messages(r)[0]).toMatch(/ 315360000 s after its request; the policy allows 900 s$/);
  });

  it("ledger/approval-against-policy: an approval dated before its request (chain re-sealed)", async () => {
    const pr = await pullRequest(async (dir) => {
      const file = await writtenUnder(dir, { required_approvals: 1, tool_call_ttl_seconds: 315360000 });
      reseal(dir, file, (events) => {
        const decided = events.find((e) => e.type === "approval_decided")!;
        decided.at = "2001-01-01T00:00:00.000Z";
      });
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(messages(r).some((m) => /was decided at 2001-01-01T00:00:00\.000Z, before it was requested/.test(m))).toBe(true);
  });

  it("ledger/approval-against-policy: a decision whose actor is only invisible characters names no approver", async () => {
    const pr = await pullRequest(async (dir) => {
      const file = await writtenUnder(dir, { required_approvals: 1, tool_call_ttl_seconds: 315360000 });
      reseal(dir, file, (events) => void (events.find((e) => e.type === "approval_decided")!.actor = "\u200b\u200d"));
    });
    const r = await gate(api, pr, { approvals: "not-author" });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toContain("approvals/no-approver");
    expect(messages(r).some((m) => m.includes("by no one"))).toBe(true);
  });

  it("a ledger within the policy passes (exit 0)", async () => {
    const pr = await pullRequest((dir) => runWithDecision(dir, "reviewer1").then(() => undefined));
    const r = await gate(api, pr);
    expect(r.code).toBe(0);
  });
});
