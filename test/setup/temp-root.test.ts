import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { expect, it } from "vitest";

it("puts the tests' temporary folders under the run's own root, which the run removes", () => {
  const dir = mkdtempSync(join(tmpdir(), "flowgate-probe-"));
  expect(basename(dirname(dir))).toMatch(/^flowgate-tests-[A-Za-z0-9]{6}$/);
});
