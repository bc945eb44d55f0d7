import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../helpers/cli";
import { FakeGitHub } from "../action/fake-github";
import { rehashBundle } from "../../core/evidence/seal";
import { errorRules, gate, pullRequest } from "./pr";

// The approvals a pull request brings are read from every bundle it changes, whatever its size: the evidence check
// reads a bundle past `limits.max-file-bytes` (10 MiB) too (whole up to 64 MiB, then streaming), so a large bundle
// must not be a bundle whose approvals go unjudged.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

// Outside `evidence.include`: recognised by parsing, judged by the approvals check alone.
const FILE = "records/run-7.json";

/** A PR adding a bundle whose one approval `approver` decided, its JSON text followed by `padding` spaces (JSON allows them). */
function bundlePr(approver: string, padding: number) {
  return pullRequest((dir) => {
    const bundle = JSON.parse(readFileSync(join(REPO, "test/fixtures/evidence/pending-approval.json"), "utf8"));
    Object.assign(bundle.approvals[0], { status: "APPROVED", approved_by: approver, decision_reason: "fine" });
    mkdirSync(join(dir, "records"), { recursive: true });
    writeFileSync(join(dir, FILE), JSON.stringify(rehashBundle(bundle), null, 2) + " ".repeat(padding) + "\n");
  });
}

const approvalRules = (commands: string[]) => commands.filter((c) => c.startsWith("::error title=approvals/")).map((c) => /title=([^,]+),file=([^,]+)/.exec(c)!.slice(1).join(" "));

describe("approvals in an evidence bundle larger than limits.max-file-bytes are judged (built Action)", () => {
  it("approvals/decided-by-pr-author: an 11 MiB bundle (trailing whitespace) whose approval the author decided", async () => {
    const pr = await bundlePr("octocat", 11 * 1024 * 1024);
    const r = await gate(api, pr, { approvals: "not-author" });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["approvals/decided-by-pr-author"]);
    expect(approvalRules(r.commands)).toEqual([`approvals/decided-by-pr-author ${FILE}`]);
  });

  it("approvals/decided-by-pr-author: the same bundle unpadded (what the padding must not change)", async () => {
    const pr = await bundlePr("octocat", 0);
    const r = await gate(api, pr, { approvals: "not-author" });
    expect(errorRules(r)).toEqual(["approvals/decided-by-pr-author"]);
  });

  it("the same bundle decided by someone else has no approvals finding", async () => {
    const pr = await bundlePr("reviewer1", 11 * 1024 * 1024);
    const r = await gate(api, pr, { approvals: "not-author" });
    expect(r.code).toBe(0);
    expect(errorRules(r)).toEqual([]);
  });
});
