// Copies the README's screenshots from the last e2e run (test-output/e2e/<workspace>/NN-<step>.png, written
// by test/e2e/extension.e2e.test.ts and test/e2e/editor-ux.e2e.test.ts) to docs/screenshots/<step>.png.
// Run `npx vitest run test/e2e` first, then `node scripts/screenshots.mjs`. After running only some e2e
// files, name their workspace labels (`node scripts/screenshots.mjs editor-ux editor-ux-restricted multi-root`)
// to copy just those labels' screenshots; any of them missing is still an error.
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
  ["editor-ux", "quick-fix-ignore-in-file"],
  ["editor-ux", "evidence-report-local-times"],
  ["multi-root", "multi-root-views"],
];

function findShot(label, step) {
  const dir = join(source, label);
  const file = existsSync(dir) ? readdirSync(dir).find((name) => /^\d+-/.test(name) && name.endsWith(`-${step}.png`)) : undefined;
  return file && join(dir, file);
}

const labels = process.argv.slice(2);
const wanted = labels.length ? README_SHOTS.filter(([label]) => labels.includes(label)) : README_SHOTS;
if (labels.length && wanted.length === 0) {
  console.error(`no README screenshot is taken in workspace(s) ${labels.join(", ")}`);
  process.exit(2);
}
const missing = wanted.filter(([label, step]) => !findShot(label, step)).map(([label, step]) => `${label}/${step}`);
if (missing.length) {
  console.error(`no screenshot for: ${missing.join(", ")} under ${source} — run the e2e suite first`);
  process.exit(1);
}
mkdirSync(target, { recursive: true });
for (const [label, step] of wanted) {
  copyFileSync(findShot(label, step), join(target, `${step}.png`));
  console.log(`docs/screenshots/${step}.png`);
}
