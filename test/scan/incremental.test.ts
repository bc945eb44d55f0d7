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
