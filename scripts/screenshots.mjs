// Copies the README's screenshots from the last e2e run (test-output/e2e/<workspace>/NN-<step>.png)
// to docs/screenshots/<step>.png. Run `npx vitest run test/e2e` first, then `node scripts/screenshots.mjs`.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const source = join(root, "test-output", "e2e");
const target = join(root, "docs", "screenshots");

// The steps the README shows, by the name the e2e suite gives their screenshot.
export const README_SHOTS = ["problems-panel", "quick-fix", "runs-view", "approvals-view", "evidence-report", "restricted-mode"];

function findShot(step) {
  if (!existsSync(source)) return undefined;
  for (const dir of readdirSync(source, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const file = readdirSync(join(source, dir.name)).find((name) => name.endsWith(`-${step}.png`));
    if (file) return join(source, dir.name, file);
  }
  return undefined;
}

const missing = README_SHOTS.filter((step) => !findShot(step));
if (missing.length) {
  console.error(`no screenshot for: ${missing.join(", ")} under ${source} — run the e2e suite first`);
  process.exit(1);
}
mkdirSync(target, { recursive: true });
for (const step of README_SHOTS) {
  copyFileSync(findShot(step), join(target, `${step}.png`));
  console.log(`docs/screenshots/${step}.png`);
}
