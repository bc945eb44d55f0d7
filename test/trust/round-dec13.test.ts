import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../helpers/cli";
import { FakeGitHub } from "../action/fake-github";
import { runAction } from "../action/harness";
import { runWithDecision } from "../action/ledger-fixture";
import { rehashBundle, sealBundle } from "../../core/evidence/seal";
import { errorAnnotations, gate, put, pullRequest, scanAnnotations } from "./pr";

// Red-team round of 13 December against the built Action: each pull request below crashed it ("Flowgate could not
// run", every finding lost) or passed it (exit 0) before its fix.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

/** These tests start the built Action several times each. */
const RUNS_TIMEOUT = 300_000;

describe("an evidence bundle over 64 MiB naming Object.prototype's keys at its top level", () => {
  // Past 64 MiB the evidence check streams a bundle and kept its top-level values in plain objects: a `__proto__` key
  // became their prototype and `constructor` was answered by Object.prototype.
  const FILE = "evidence/big.evidence.json";
  const CALL = 'import os\nos.system("make deploy")\n';

  /**
   * examples' answer-run bundle, `edit`ed (JSON.parse gives `__proto__` as an own key) and re-sealed, `padding` spaces
   * before its last `}`; beside it (`withCall`) a file whose finding must not be lost.
   */
  function bundlePr(edit: (bundle: Record<string, unknown>) => Record<string, unknown>, padding: number, withCall = true) {
    return pullRequest((dir) => {
      const bundle = edit(JSON.parse(readFileSync(join(REPO, "examples/evidence/answer-run.evidence.json"), "utf8")));
      put(dir, FILE, JSON.stringify(rehashBundle(bundle as { bundle_hash: string }), null, 2).slice(0, -1));
      // the padding a MiB at a time
      const mib = Buffer.alloc(1 << 20, " ");
      for (let left = padding; left > 0; left -= mib.length) appendFileSync(join(dir, FILE), mib.subarray(0, Math.min(left, mib.length)));
      appendFileSync(join(dir, FILE), "}\n");
      if (withCall) put(dir, "agent/deploy.py", CALL);
    });
  }
  const PAST_STREAMING = 65 * 1024 * 1024;

  /** The bundle's members in its order, `run` moved under a `__proto__` key: no reader of JSON finds a `run`. */
  const runUnderProto = (bundle: Record<string, unknown>) =>
    JSON.parse(JSON.stringify(bundle).replace(/"run":(\{[^{}]*\{[^{}]*\}[^{}]*\})/, '"__proto__":{"run":$1}')) as Record<string, unknown>;
  /** Extra top-level arrays named like Object.prototype's members (the format allows other keys). */
  const prototypeArrays = (bundle: Record<string, unknown>) => JSON.parse(`{"__proto__":[{}],"constructor":[{}],"toString":[],${JSON.stringify(bundle).slice(1)}`) as Record<string, unknown>;

  /** The bundle's annotation: the whole object, as the in-memory reader places a missing top-level field. */
  const NO_RUN = `::error title=evidence/invalid-bundle,file=${FILE},line=1,endLine=191::/run: missing required field (expected object)`;
  const evidenceErrors = (commands: string[]) => commands.filter((c) => c.startsWith("::error title=evidence/"));

  it("evidence/invalid-bundle: no `run` but one under `__proto__`, padded past 64 MiB (exit 0 before: the streamed check read the run from the prototype)", async () => {
    const r = await gate(api, await bundlePr(runUnderProto, PAST_STREAMING, false));
    expect(evidenceErrors(r.commands)).toEqual([NO_RUN]);
    expect(r.code).toBe(1);
  }, RUNS_TIMEOUT);

  it("evidence/invalid-bundle: the same bundle unpadded (read whole), which the padding must not change", async () => {
    const r = await gate(api, await bundlePr(runUnderProto, 0, false));
    expect(evidenceErrors(r.commands)).toEqual([NO_RUN]);
    expect(r.code).toBe(1);
  }, RUNS_TIMEOUT);

  it("top-level arrays `__proto__`, `constructor`, `toString` in a bundle padded past 64 MiB are judged (the run crashed: `Cannot read properties of undefined (reading 'def')`)", async () => {
    const r = await gate(api, await bundlePr(prototypeArrays, PAST_STREAMING));
    expect(r.commands.filter((c) => c.includes("could not run"))).toEqual([]);
    expect(errorAnnotations(r.commands)).toEqual(["scan/shell-command agent/deploy.py 2 1"]);
    expect(r.code).toBe(1);
  }, RUNS_TIMEOUT);

  it("the genuine bundle padded past 64 MiB passes (exit 0)", async () => {
    const r = await gate(api, await bundlePr((b) => b, PAST_STREAMING, false));
    expect(errorAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  }, RUNS_TIMEOUT);
});

/** examples' answer-run bundle, its one committed patch also naming `__proto__` as `member` (and, `stated`, its final state too), re-sealed. */
function patchedBundle(member: string, stated: boolean): string {
  const bundle = JSON.parse(readFileSync(join(REPO, "examples/evidence/answer-run.evidence.json"), "utf8"));
  const state = `{"answer":"ok","__proto__":${member}}`;
  bundle.events.find((e: { type: string }) => e.type === "state_patch_committed").payload.patch = JSON.parse(state);
  if (stated) bundle.final_state = bundle.run.state = JSON.parse(state);
  return JSON.stringify(sealBundle(bundle), null, 2) + "\n";
}

describe("an evidence bundle's state patch naming `__proto__`", () => {
  // The evidence check replays a bundle's committed state patches (RFC 7386 merge patch) to compare them with its
  // final_state; a patch member named `__proto__` merged into Object.prototype, which every later lookup of the run read:
  // under a base configuration setting any `scan.rules` level, `"scan/shell-command": "off"` there turned the rule off.
  const CONFIG = ".flowgate.yml";
  const withScanRules = (dir: string) => put(dir, CONFIG, `${readFileSync(join(dir, CONFIG), "utf8")}scan:\n  rules:\n    scan/network-call: warning\n`);
  const CALL = 'import os\nos.system("make deploy")\n';
  const FILE = "evidence/patched.evidence.json";
  const RULE_OFF = '{"scan/shell-command":"off"}';

  it("scan/shell-command: a call beside a bundle whose patch's `__proto__` says the rule is off (exit 0 before)", async () => {
    const pr = await pullRequest((dir) => (put(dir, FILE, patchedBundle(RULE_OFF, false)), put(dir, "agent/deploy.py", CALL)), withScanRules);
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands)).toEqual(["scan/shell-command agent/deploy.py 2 1"]);
    // and the replayed state has the member the final state lacks
    expect(r.commands.filter((c) => c.startsWith("::error title=evidence/"))).toEqual([`::error title=evidence/inconsistent-record,file=${FILE},line=189,endLine=191::final_state: is not the initial state with the committed patches applied`]);
  }, RUNS_TIMEOUT);

  it("a bundle whose patch and final state both name `__proto__` passes: an ordinary member of the state (exit 0)", async () => {
    const r = await gate(api, await pullRequest((dir) => put(dir, FILE, patchedBundle(RULE_OFF, true)), withScanRules));
    expect(errorAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  }, RUNS_TIMEOUT);
});

describe("a golden comparison of a state member named `__proto__`", () => {
  // The comparison normalizes both states into new objects: a member named `__proto__` became the copy's prototype and
  // was compared by no one, so a run whose final state gained one matched its golden.
  const FILE = "evidence/answer-run.evidence.json";
  const GOLDEN = "goldens/answer-run.golden.json";
  const MEMBER = '{"deleted_rows":4000}';

  it("evidence/golden-regression: the final state gains `__proto__` the golden lacks (exit 0 before)", async () => {
    const r = await gate(api, await pullRequest((dir) => put(dir, FILE, patchedBundle(MEMBER, true))));
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith("::error title="))).toEqual([
      `::error title=evidence/golden-regression,file=${FILE},line=194,endLine=196::final-state (strict) vs ${GOLDEN}: /__proto__ = ${MEMBER} is not in the golden`,
    ]);
  }, RUNS_TIMEOUT);

  it("the same bundle against a golden holding the member passes (exit 0)", async () => {
    const r = await gate(api, await pullRequest((dir) => put(dir, FILE, patchedBundle(MEMBER, true)), (dir) => put(dir, GOLDEN, patchedBundle(MEMBER, true))));
    expect(errorAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  }, RUNS_TIMEOUT);
});

describe("gate/config-changed: the change edits a reusable workflow or local action the running workflow calls", () => {
  // GITHUB_WORKFLOW_REF names the caller (`ci.yml`); a `uses: ./.github/workflows/flowgate.yml` it calls (or a local
  // composite action) runs from the same commit, the change's own, and holds the Flowgate step: the change rewrote its
  // `with:` (`approvals: none` beside a forged approval) and the gate, seeing the caller unchanged, passed.
  const CALLER = ".github/workflows/ci.yml";
  const REUSABLE = ".github/workflows/flowgate.yml";
  const ACTION = ".github/actions/gate/action.yml";
  const caller = (uses: string) => `name: CI\non: pull_request\njobs:\n  gate:\n    uses: ${uses}\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make lint\n`;
  const step = (approvals: string) => `      - uses: flowgate-dev/flowgate@v0\n        with:\n          approvals: ${approvals}\n`;
  const reusable = (approvals: string) => `name: Flowgate\non: workflow_call\njobs:\n  flowgate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - uses: "./.github/actions/gate"\n${step(approvals)}`;
  const composite = (approvals: string) => `name: Gate\nruns:\n  using: composite\n  steps:\n${step(approvals).replace(/^ {2}/gm, "")}`;

  /** The built Action as GitHub runs it from the caller, with the inputs the change's copies give. */
  function gateFromCaller(pr: Awaited<ReturnType<typeof pullRequest>>, inputs: Record<string, string>) {
    api.reset({ files: pr.files });
    return runAction({ workspace: pr.dir, event: pr.event, api: api.url, inputs: { comment: "never", ...inputs }, env: { GITHUB_WORKFLOW_REF: `flowgate-dev/agents/${CALLER}@refs/pull/7/merge` } });
  }
  const atBase = (dir: string) => {
    put(dir, CALLER, caller(`./${REUSABLE}`));
    put(dir, REUSABLE, reusable("github-reviews"));
    put(dir, ACTION, composite("github-reviews"));
  };
  const configChanges = (commands: string[]) => commands.filter((c) => c.startsWith("::error title=gate/config-changed")).map((c) => /file=([^,]+),line=1,/.exec(c)![1]);

  it("gate/config-changed: the reusable workflow's `approvals: github-reviews` turned to `none` beside a forged approval (exit 0 before)", async () => {
    const pr = await pullRequest(async (dir) => {
      put(dir, REUSABLE, reusable("none"));
      await runWithDecision(dir, "reviewer1");
    }, atBase);
    const r = await gateFromCaller(pr, { approvals: "none" });
    expect(r.code).toBe(1);
    expect(configChanges(r.commands)).toEqual([REUSABLE]);
    expect(r.commands.find((c) => c.includes("title=gate/config-changed"))).toContain("edits a reusable workflow the workflow running this gate calls");
  }, RUNS_TIMEOUT);

  it("gate/config-changed: the composite action the reusable workflow calls, edited the same (exit 0 before)", async () => {
    const pr = await pullRequest(async (dir) => {
      put(dir, ACTION, composite("none"));
      await runWithDecision(dir, "reviewer1");
    }, atBase);
    const r = await gateFromCaller(pr, { approvals: "none" });
    expect(r.code).toBe(1);
    expect(configChanges(r.commands)).toEqual([ACTION]);
  }, RUNS_TIMEOUT);

  it("a change editing a workflow the caller does not call is clean (exit 0)", async () => {
    const pr = await pullRequest((dir) => put(dir, ".github/workflows/docs.yml", reusable("none")), atBase);
    const r = await gateFromCaller(pr, { approvals: "github-reviews" });
    expect(configChanges(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  }, RUNS_TIMEOUT);
});

describe("files named like Object.prototype's members among the doctests a workflow runs", () => {
  // The doctest files a run configuration names were kept in a plain object by file name: `toString` at the top,
  // run by `python -m doctest toString`, found the inherited method and was never recorded (its examples unscanned);
  // a Python script named `valueOf` was taken for a doctest text file and its code read as examples (none).
  const WORKFLOW = ".github/workflows/docs.yml";
  const workflow = (files: string) => `on: push\njobs:\n  docs:\n    runs-on: ubuntu-latest\n    steps:\n      - run: python -m doctest ${files}\n      - run: python3 valueOf\n`;
  const examples = (call: string) => `Examples:\n\n>>> import os\n>>> ${call}\n0\n`;
  const script = (call: string) => `#!/usr/bin/env python3\nimport os\n${call}\n`;

  it("scan/shell-command: the examples of a doctest file named `toString`, and a script named `valueOf` (exit 0 before)", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, WORKFLOW, workflow("toString notes.txt"));
      put(dir, "toString", examples('os.system("make deploy")'));
      put(dir, "notes.txt", examples('os.getcwd() and 0'));
      put(dir, "valueOf", script('os.system("make deploy")'));
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(errorAnnotations(r.commands)).toEqual(["scan/shell-command toString 4 5", "scan/shell-command valueOf 3 1"]);
  }, RUNS_TIMEOUT);

  it("the same files calling nothing pass (exit 0)", async () => {
    const pr = await pullRequest((dir) => {
      put(dir, WORKFLOW, workflow("toString notes.txt"));
      put(dir, "toString", examples('os.getcwd() and 0'));
      put(dir, "notes.txt", examples('os.getcwd() and 0'));
      put(dir, "valueOf", script('print(os.getcwd())'));
    });
    const r = await gate(api, pr);
    expect(errorAnnotations(r.commands)).toEqual([]);
    expect(r.code).toBe(0);
  }, RUNS_TIMEOUT);
});
