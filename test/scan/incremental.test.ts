import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { Scanner } from "../../core/scan/scan";
import { REPO } from "../helpers/cli";

/** Deterministic pseudo-random edits (no Math.random: a failure must reproduce). */
function* edits(text: string, count: number, snippets: string[]) {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  let current = text;
  for (let i = 0; i < count; i++) {
    const at = next(current.length + 1);
    const removed = next(3) === 0 ? next(40) : 0;
    current = current.slice(0, at) + snippets[next(snippets.length)]! + current.slice(at + removed);
    yield current;
  }
}

test.each([
  ["examples/agent/web.ts", ['\nfetch("u");\n', "\nconst fetch = mine;\n", "é😀", "/* ", " */", '\nimport * as cp from "child_process"; cp.exec("x");\n', "{", "}"]],
  ["examples/agent/planner.py", ["\nrequests.get('u')\n", "\ndef f(requests):\n    requests.get('x')\n", "é😀", "# ", "\nimport os as o\no.system('x')\n", "(", ")"]],
])("an edited in-memory document rescans (incrementally) to exactly what a fresh scan finds: %s", async (file, snippets) => {
  const scanner = await Scanner.create();
  const fresh = await Scanner.create();
  const path = `mem/${file}`;
  const original = readFileSync(join(REPO, file), "utf8");
  expect(scanner.scanSource(path, original)).toEqual(fresh.scan(path, original).findings);
  let checked = 0;
  for (const text of edits(original, 60, snippets)) {
    expect(scanner.scanSource(path, text)).toEqual(fresh.scan(path, text).findings);
    checked++;
  }
  expect(checked).toBe(60);
  scanner.forget(path);
});

test("scanSource: equal configurations (new objects each call) give equal results; a different configuration applies", async () => {
  const { scanSource } = await import("../../core/scan/scan");
  const { scanConfigSchema } = await import("../../core/scan/config");
  const text = 'import { exec } from "child_process";\nexec("ls");\n';
  const a = await scanSource("x.ts", text, { config: scanConfigSchema.parse({ rules: { "scan/shell-command": "warning" } }) });
  const b = await scanSource("x.ts", text, { config: scanConfigSchema.parse({ rules: { "scan/shell-command": "warning" } }) });
  expect(b).toEqual(a);
  expect(a.map((f) => f.severity)).toEqual(["warning"]);
  const c = await scanSource("x.ts", text, { config: scanConfigSchema.parse({ rules: { "scan/shell-command": "off" } }) });
  expect(c).toEqual([]);
});

test("editBetween: the one edit between two texts, wherever it falls against the blocks it compares at once", async () => {
  const { editBetween } = await import("../../core/scan/scan");
  const base = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(97 + (i % 26)) + (i % 37 === 0 ? "\n" : "")).join("");
  for (const at of [0, 1, 255, 256, 257, 511, 512, 1000, base.length - 257, base.length - 256, base.length - 1, base.length]) {
    for (const [removed, inserted] of [[0, "X"], [1, ""], [300, "é😀"], [0, "\n\n"]] as const) {
      const end = Math.min(base.length, at + removed);
      const after = base.slice(0, at) + inserted + base.slice(end);
      const edit = editBetween(base, after);
      // Applying the edit to `base` gives `after`, and the edit is no wider than the change.
      expect(base.slice(0, edit.startIndex) + after.slice(edit.startIndex, edit.newEndIndex) + base.slice(edit.oldEndIndex)).toBe(after);
      expect(edit.startIndex).toBeGreaterThanOrEqual(Math.max(0, at - 26));
      expect(edit.oldEndIndex - edit.startIndex).toBeLessThanOrEqual(end - at + 26);
      const rows = base.slice(0, edit.startIndex).split("\n");
      expect(edit.startPosition).toEqual({ row: rows.length - 1, column: rows[rows.length - 1]!.length });
    }
  }
  expect(editBetween(base, base)).toMatchObject({ startIndex: base.length, oldEndIndex: base.length, newEndIndex: base.length });
});
