import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allRules, anchorOf } from "../../core/kernel/rule";
import { REPO, runCli } from "../helpers/cli";

describe("docs/rules.md", () => {
  it("is what `flowgate rules --markdown` prints (regenerate with: node dist/cli.js rules --markdown > docs/rules.md)", async () => {
    const r = await runCli(["rules", "--markdown"]);
    expect(readFileSync(join(REPO, "docs", "rules.md"), "utf8")).toBe(r.stdout);
  });

  it("has an anchor for every rule a finding's help URI points at", async () => {
    await runCli(["rules"]); // loads every check and command, registering their rules
    const doc = readFileSync(join(REPO, "docs", "rules.md"), "utf8");
    const rules = allRules();
    expect(rules.length).toBeGreaterThan(100);
    for (const rule of rules) {
      expect(rule.helpUri.endsWith(`docs/rules.md#${anchorOf(rule.id)}`)).toBe(true);
      expect(doc).toContain(`<a id="${anchorOf(rule.id)}"></a>`);
    }
  });
});
