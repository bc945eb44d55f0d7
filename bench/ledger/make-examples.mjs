// Regenerates examples/.flowgate/runs/ through the built CLI (run `npm run build` first):
//   node bench/ledger/make-examples.mjs
// Four runs against examples/flows/: one finished, one waiting for a tool-call approval, one with a
// pending human_review step, and one with a planted hand-written event (documented in examples/README.md).
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import canonicalize from "canonicalize";

const repo = join(import.meta.dirname, "../..");
const examples = join(repo, "examples");
const cli = process.env.FLOWGATE_CLI ?? join(repo, "dist/cli.js");

rmSync(join(examples, ".flowgate/runs"), { recursive: true, force: true });
mkdirSync(join(examples, ".flowgate"), { recursive: true });
// Writes on so the editor and agents can work these runs; tool-call approvals stay usable for ten years
// so the pending one below can still be decided whenever the examples are used.
writeFileSync(
  join(examples, ".flowgate/policy.json"),
  JSON.stringify({ flow_run_writes_enabled: true, approvals: { required_approvals: 1, tool_call_ttl_seconds: 315360000 } }, null, 2) + "\n",
);

function run(actor, ...args) {
  const out = execFileSync(process.execPath, [cli, "run", ...args, "--json", "--actor", actor], { cwd: examples, encoding: "utf8", env: { ...process.env, FLOW_RUN_WRITES_ENABLED: "" } });
  return JSON.parse(out);
}

const maintainer = "maya.maintainer@example.com";
const releaseManager = "rene.release@example.com";
const bot = "triage-bot@agents.example.com";
const drafter = "notes-bot@agents.example.com";

// 1. Finished: release notes drafted by an agent, approved by the release manager.
const finished = run(drafter, "start", "flow_release_notes", "0.3.0", "--agent", drafter, "--task-ref", "RELEASE-2.4.0").run.run_id;
run(drafter, "advance", finished, "1", "in_progress");
run(drafter, "evidence", finished, "1", "artifact", "out/release-2.4.0/changes.md");
run(drafter, "advance", finished, "1", "done");
run(drafter, "advance", finished, "2", "in_progress");
const draft = run(drafter, "request-approval", finished, "--step", "2", "--reason", "Draft of the 2.4.0 notes is ready for review").approval_id;
run(releaseManager, "approve", finished, draft);
run(releaseManager, "advance", finished, "2", "done");

// 2. Waiting for approval: triage reproduced the bug; posting the summary comment needs a maintainer.
const waiting = run(bot, "start", "flow_triage_issue", "1.2.0", "--agent", bot, "--external-ref", "https://github.com/flowgate-dev/flowgate/issues/412").run.run_id;
run(bot, "advance", waiting, "1", "in_progress");
run(bot, "evidence", waiting, "1", "artifact", "out/triage/412/facts.md");
run(bot, "advance", waiting, "1", "done");
run(bot, "advance", waiting, "2", "in_progress");
run(bot, "evidence", waiting, "2", "test_result", "out/triage/412/repro.log");
run(bot, "advance", waiting, "2", "done");
run(bot, "advance", waiting, "3", "in_progress");
run(bot, "request-approval", waiting, "--tool", "github.post_comment", "--args", JSON.stringify({ issue: 412, labels: ["bug", "needs-repro"], body: "Reproduced on 2.3.1 (Linux, Node 20)." }), "--risk", "high", "--reason", "Post labels and the triage summary on issue #412");

// 3. A pending human_review step: notes for 2.5.0 drafted, the review was requested and not decided yet.
const review = run(drafter, "start", "flow_release_notes", "0.3.0", "--agent", drafter, "--task-ref", "RELEASE-2.5.0").run.run_id;
run(drafter, "advance", review, "1", "in_progress");
run(drafter, "evidence", review, "1", "artifact", "out/release-2.5.0/changes.md");
run(drafter, "advance", review, "1", "done");
run(drafter, "request-approval", review, "--step", "2", "--reason", "Draft of the 2.5.0 notes is ready for review");

// 4. Planted: a triage run where someone appended a "done" for step 1 by hand, correctly chained and
// hashed but without the evidence step 1 requires. `flowgate check` reports ledger/illegal-transition.
const forged = run(bot, "start", "flow_triage_issue", "1.2.0", "--agent", bot, "--external-ref", "https://github.com/flowgate-dev/flowgate/issues/415").run;
const file = join(examples, `.flowgate/runs/${forged.run_id}.jsonl`);
const first = JSON.parse(readFileSync(file, "utf8").split("\n")[0]);
const event = { seq: 2, type: "step_advanced", at: new Date(Date.parse(first.at) + 60_000).toISOString(), actor: bot, payload: { step_id: "flow_triage_issue#1", to_status: "done", skip_reason: null, note: "looked fine" }, prev: first.hash };
const hash = createHash("sha256").update(canonicalize(event)).digest("hex");
appendFileSync(file, JSON.stringify({ ...event, hash }) + "\n");

console.log(JSON.stringify({ finished, waiting, review, forged: forged.run_id }, null, 2));
