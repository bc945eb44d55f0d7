import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TextSha256 } from "../../core/evidence/json";
import { bundleHashOf } from "../../core/evidence/seal";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("TextSha256: the sha256 of the pieces' UTF-8, however they are cut", () => {
  it("small pieces, pieces that overflow the 1 MiB buffer, one larger than it, non-ASCII and astral characters", () => {
    const pieces = ["{", '"é😀"', "x".repeat(349_000), "€".repeat(200_000), "y".repeat(3 << 20), "", "😀".repeat(180_000), "}"];
    const h = new TextSha256();
    for (const p of pieces) h.update(p);
    expect(h.digest()).toBe(sha256(pieces.join("")));
  });

  it("bundleHashOf is the sha256 of JSON.stringify with bundle_hash null, keys in document order", () => {
    const bundle = { schema_version: "v", bundle_hash: "abc", run: { run_id: "r", note: "ünïcode 😀" }, events: [{ a: 1 }, "s".repeat(1 << 20), null], final_state: {} };
    expect(bundleHashOf(bundle)).toBe(sha256(JSON.stringify({ ...bundle, bundle_hash: null })));
    expect(bundleHashOf({ events: [] })).toBe(sha256('{"events":[],"bundle_hash":null}'));
  });
});
