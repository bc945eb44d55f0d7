import { describe, expect, it } from "vitest";
import { evidenceMarkdown, verdictTable } from "../../core/evidence/markdown";
import { evidenceJsonSchema } from "../../core/evidence/schema";
import { buildReport } from "../../core/report/model";

describe("evidence markdown section", () => {
  it("is absent without evidence details", () => {
    expect(evidenceMarkdown(buildReport([], "error"))).toBeUndefined();
  });

  it("escapes bundle-controlled text in the verdict table", () => {
    const table = verdictTable([{ file: "runs/<img src=x>@team #1.json", verdict: "fail", runId: "r", status: "**done**", events: 3, totalUsd: 0.5, intact: false, errors: 1, warnings: 0, failing: ["evidence/bundle-hash-mismatch"] }]);
    expect(table.split("\n").at(-1)).toBe(
      "| ❌ fail | <code>runs/&#60;img src\\=x&#62;@\u200bteam \\#\u200b1\\.json</code> | \\*\\*done\\*\\* | 3 | 0.5 | **mismatch** | <code>evidence/bundle\\-hash\\-mismatch</code> |",
    );
  });
});

describe("JSON Schema for editors", () => {
  it("is generated from the zod schema", () => {
    const schema = evidenceJsonSchema() as { type: string; required: string[]; properties: Record<string, { const?: string }> };
    expect(schema.type).toBe("object");
    expect(schema.required).toContain("bundle_hash");
    expect(schema.properties.schema_version).toMatchObject({ const: "agentledger.evidence.v1" });
  });
});
