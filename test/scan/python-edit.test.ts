import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import * as pythonEdit from "../../core/scan/python-edit";
import { Scanner } from "../../core/scan/scan";
import { REPO } from "../helpers/cli";

/**
 * The re-analysis of only the statements an edit touched (core/scan/python-edit.ts) must give exactly
 * what a full scan of the same text gives: findings, positions, messages, resolution steps, order.
 */

/** Deterministic pseudo-random edits (no Math.random: a failure must reproduce). */
function* edits(text: string, count: number, snippets: readonly string[], seed: number) {
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  let current = text;
  for (let i = 0; i < count; i++) {
    // Half the edits at a line start (statements, comments, indentation), half anywhere.
    let at = next(current.length + 1);
    if (next(2) === 0) at = current.lastIndexOf("\n", at - 1) + 1;
    const removed = next(3) === 0 ? next(40) : 0;
    current = current.slice(0, at) + snippets[next(snippets.length)]! + current.slice(at + removed);
    yield current;
  }
}

/** Keystroke-sized and statement-sized edits: calls, shadowing, re-binding, comments, strings, brackets, indentation, non-ASCII. */
const SNIPPETS = [
  "x",
  "é😀",
  "\n",
  "    ",
  "# ",
  '"',
  '"""',
  "(",
  ")",
  ":",
  "\nsubprocess.run(['ls'])\n",
  "os.system('x'); ",
  "\ndef f(os):\n    os.system('x')\n",
  "\nrun = subprocess.run\nrun('x')\n",
  "\nclass C(requests.Session):\n    pass\n",
  "\nfor os in []:\n    pass\n",
  "\nimport subprocess as sp\nsp.Popen('x')\n",
  "\nexecutor.submit(os.system, 'x')\n",
  "  # flowgate: ignore-boundary -- test\n",
];

/** Real files nobody here wrote: the examples, CPython's standard library and Debian's python3-sh / python3-pexpect. */
const FILES = [
  join(REPO, "examples/agent/tools.py"),
  "/usr/lib/python3.11/os.py",
  "/usr/lib/python3.11/pty.py",
  "/usr/lib/python3.11/subprocess.py",
  "/usr/lib/python3/dist-packages/sh.py",
  "/usr/lib/python3/dist-packages/pexpect/pty_spawn.py",
];

afterEach(() => vi.restoreAllMocks());

describe("re-analysis after an edit equals a full scan", () => {
  test.each(FILES.map((file, i) => [file, i]))("%s: 40 random edits", async (file, seed) => {
    expect(existsSync(file), `${file} (Debian's python3 packages are part of the test setup)`).toBe(true);
    const reanalyze = vi.spyOn(pythonEdit, "reanalyzePython");
    const scanner = await Scanner.create({ grammars: ["python"] });
    const fresh = await Scanner.create({ grammars: ["python"] });
    const original = readFileSync(file, "utf8");
    const path = "mem/edited.py";
    expect(scanner.scanSource(path, original)).toEqual(fresh.scan(path, original).findings);
    let steps = 0;
    for (const text of edits(original, 40, SNIPPETS, seed + 11)) {
      expect(scanner.scanSource(path, text), `edit ${steps + 1}`).toEqual(fresh.scan(path, text).findings);
      steps++;
    }
    expect(steps).toBe(40);
    // The fast path ran and answered for some edits (else this test would prove nothing about it) and refused others.
    const answers = reanalyze.mock.results.filter((r) => r.type === "return" && r.value !== undefined).length;
    expect(answers).toBeGreaterThan(5);
    expect(reanalyze.mock.calls.length).toBeGreaterThan(answers);
    scanner.dispose();
  });
});
