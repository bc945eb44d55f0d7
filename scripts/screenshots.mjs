// Copies the README's screenshots from the last e2e run (test-output/e2e/<workspace>/NN-<step>.png, written
// by test/e2e/extension.e2e.test.ts and test/e2e/editor-ux.e2e.test.ts) to docs/screenshots/<step>.png.
// Run `npx vitest run test/e2e` first, then `node scripts/screenshots.mjs`.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const source = join(root, "test-output", "e2e");
const target = join(root, "docs", "screenshots");

// The steps the README shows: [workspace label, step name].
const README_SHOTS = [
  ["trusted", "problems-panel"],
  ["trusted", "quick-fix"],
  ["trusted", "runs-view"],
  ["trusted", "approvals-view"],
  ["trusted", "refused-out-of-order"],
  ["trusted", "evidence-report"],
  ["restricted", "restricted-mode"],
  ["editor-ux", "approval-review"],
  ["editor-ux", "approval-tooltip"],
  ["editor-ux", "picker-not-allowed"],
  ["editor-ux", "refusal-next-step"],
  ["editor-ux", "views-default-width"],
  ["editor-ux", "quick-fix-did-you-mean"],
  ["editor-ux-restricted", "restricted-trust-button"],
];

function findShot(label, step) {
  const dir = join(source, label);
  const file = existsSync(dir) ? readdirSync(dir).find((name) => /^\d+-/.test(name) && name.endsWith(`-${step}.png`)) : undefined;
  return file && join(dir, file);
}

const missing = README_SHOTS.filter(([label, step]) => !findShot(label, step)).map(([label, step]) => `${label}/${step}`);
if (missing.length) {
  console.error(`no screenshot for: ${missing.join(", ")} under ${source} — run the e2e suite first`);
  process.exit(1);
}
mkdirSync(target, { recursive: true });
for (const [label, step] of README_SHOTS) {
  copyFileSync(findShot(label, step), join(target, `${step}.png`));
  console.log(`docs/screenshots/${step}.png`);
}
