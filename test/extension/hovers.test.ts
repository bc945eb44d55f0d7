import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../../core/config/schema";
import { blueprintHoverAt } from "../../core/blueprint/hover";

const FILE = "blueprints/code-review.bp.yaml";
const text = readFileSync(join(import.meta.dirname, "../../examples", FILE), "utf8");
const lineOf = (needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("Blueprint hovers explain the cascades", () => {
  test("on an agent: its effective operator kind and runner, and the tier each came from", () => {
    const hover = blueprintHoverAt(FILE, text, DEFAULT_CONFIG, lineOf("- name: scout") + 1, 7)!;
    expect(hover.split("\n")[0]).toBe("**agent `scout`** (kind operator)");
    expect(hover.split("\n")[2]).toBe("- operator kind: **main_ai** — from operators[main-ai].kind via spec.operator_ref");
    expect(hover).toContain("— from default_runner → runners[claude-operator]");
  });

  test("on metadata or id: the effective run TTL and where it comes from", () => {
    const hover = blueprintHoverAt(FILE, text, DEFAULT_CONFIG, lineOf("id: code-review"), 2)!;
    expect(hover.split("\n").slice(0, 3)).toEqual(["**Blueprint `code-review`**", "", "- run TTL: **3600 s** — from metadata.default_run_ttl_secs"]);
    expect(blueprintHoverAt(FILE, text, DEFAULT_CONFIG, lineOf("default_run_ttl_secs"), 5)).toBe(hover);
  });

  test("nothing on the flow tree, and nothing in files that are not Blueprints", () => {
    expect(blueprintHoverAt(FILE, text, DEFAULT_CONFIG, lineOf("kind: seq"), 3)).toBeUndefined();
    expect(blueprintHoverAt("notes/code-review.yaml", text, DEFAULT_CONFIG, lineOf("id: code-review"), 2)).toBeUndefined();
  });
});
