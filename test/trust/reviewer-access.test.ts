import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { errorRules, gate, pullRequest, review } from "./pr";

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

/** A pull request loosening the gate's configuration: only a review by someone who can write clears it. */
const loosening = () => pullRequest((dir) => appendFileSync(join(dir, ".flowgate.yml"), "exclude: ['agent/**']\n"));

// GitHub's author_association says how a reviewer relates to the repository, not what they may do: an outside
// collaborator invited with read or triage access is COLLABORATOR, an organization member whose base permission is
// read is MEMBER. Only the permission API says write.
describe("a review counts only from someone with write access, whatever GitHub's association says (built Action)", () => {
  it.each([
    ["COLLABORATOR", "read"],
    ["COLLABORATOR", "triage"],
    ["MEMBER", "read"],
    ["MEMBER", "none"],
  ] as const)("gate/config-changed stays when the only approval is by a %s with %s access", async (association, permission) => {
    const pr = await loosening();
    const r = await gate(api, pr, {}, { reviews: [review("helper1", pr.head, { author_association: association })], permissions: { helper1: permission } });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["gate/config-changed"]);
    expect(r.summary).toContain("The review by helper1 does not count: they cannot write to the repository.");
    expect(api.log()).toContain("GET /repos/flowgate-dev/agents/collaborators/helper1/permission");
  });

  it("gate/config-changed stays when a MEMBER's permission cannot be read", async () => {
    const pr = await loosening();
    const r = await gate(api, pr, {}, { reviews: [review("helper1", pr.head, { author_association: "MEMBER" })], permissions: { helper1: 403 } });
    expect(r.code).toBe(1);
    expect(errorRules(r)).toEqual(["gate/config-changed"]);
  });

  it.each([
    ["COLLABORATOR", "write"],
    ["MEMBER", "maintain"],
    ["MEMBER", "admin"],
  ] as const)("a %s with %s access clears it (exit 0)", async (association, permission) => {
    const pr = await loosening();
    const r = await gate(api, pr, {}, { reviews: [review("helper1", pr.head, { author_association: association })], permissions: { helper1: permission } });
    expect(r.code).toBe(0);
    expect(r.summary).toContain("approved on the head commit by helper1");
  });
});
