// Runs the API-level suite in a desktop VS Code you already have (no download):
//   VSCODE_EXECUTABLE=/path/to/code npm run build && node test/e2e/api-suite/run.mjs
// It opens a temporary copy of examples/ so the suite never touches the repository's files.
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runTests } from "@vscode/test-electron";

const root = resolve(import.meta.dirname, "..", "..", "..");
const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
if (!vscodeExecutablePath) {
  console.error("Set VSCODE_EXECUTABLE to your VS Code binary (e.g. /usr/bin/code, or .../Visual Studio Code.app/Contents/MacOS/Electron).");
  process.exit(2);
}
const workspace = join(mkdtempSync(join(tmpdir(), "flowgate-api-suite-")), "examples");
cpSync(join(root, "examples"), workspace, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), "flowgate-api-suite-profile-"));

process.exitCode = await runTests({
  vscodeExecutablePath,
  extensionDevelopmentPath: root,
  extensionTestsPath: join(import.meta.dirname, "index.cjs"),
  launchArgs: [workspace, "--disable-extensions", `--user-data-dir=${join(scratch, "user")}`, `--extensions-dir=${join(scratch, "extensions")}`, "--disable-workspace-trust"],
}).catch((error) => {
  console.error(error);
  return 1;
});
