import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
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

/** A PR adding a bundle whose one approval `approver` decided, its JSON text (as `edit` leaves it) followed by `padding` spaces (JSON allows them). */
function bundlePr(approver: string, padding: number, edit: (text: string) => string = (t) => t) {
  return pullRequest((dir) => {
    const bundle = JSON.parse(readFileSync(join(REPO, "test/fixtures/evidence/pending-approval.json"), "utf8"));
    Object.assign(bundle.approvals[0], { status: "APPROVED", approved_by: approver, decision_reason: "fine" });
    mkdirSync(join(dir, "records"), { recursive: true });
    writeFileSync(join(dir, FILE), edit(JSON.stringify(rehashBundle(bundle), null, 2)));
    // the padding a MiB at a time: past 512 MiB it could not be one string
    const mib = Buffer.alloc(1 << 20, " ");
    for (let left = padding; left > 0; left -= mib.length) appendFileSync(join(dir, FILE), mib.subarray(0, Math.min(left, mib.length)));
    appendFileSync(join(dir, FILE), "\n");
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

  it("approvals/decided-by-pr-author: a bundle longer than a JavaScript string (540 MiB; streamed), with a byte order mark, `approvals` named twice and `status` twice", async () => {
    // Read whole, such a file failed to become a string and its approvals went unjudged (exit 0).
    const edit = (text: string) => `\uFEFF${text.replace('"approvals": [', '"approvals": [], "approvals": [').replace('"status": "APPROVED"', '"status": "APPROVED", "status": "PENDING"')}`;
    const pr = await bundlePr("octocat", 540 * 1024 * 1024, edit);
    const r = await gate(api, pr, { approvals: "not-author" });
    expect(r.code).toBe(1);
    const head = readFileSync(join(pr.dir, FILE)).subarray(0, 100_000).toString("utf8");
    const line = head.split("\n").findIndex((l) => l.includes('"approved_by"')) + 1;
    expect(r.commands.filter((c) => c.startsWith("::error title=approvals/")).map((c) => /title=([^,]+),file=([^,]+),line=(\d+),endLine=\d+,col=(\d+)/.exec(c)!.slice(1).join(" "))).toEqual([`approvals/decided-by-pr-author ${FILE} ${line} 22`]);
  }, 180_000);

  it("the same bundle decided by someone else has no approvals finding", async () => {
    const pr = await bundlePr("reviewer1", 11 * 1024 * 1024);
    const r = await gate(api, pr, { approvals: "not-author" });
    expect(r.code).toBe(0);
    expect(errorRules(r)).toEqual([]);
  });
});
