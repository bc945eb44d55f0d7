// API-level suite for a desktop VS Code, run by @vscode/test-electron (or the "Extension Tests"
// launch config). Mocha-free: the runner only needs `run()`; a rejected promise fails the run.
// It reads the opened examples/ folder and never writes to it.
const assert = require("node:assert/strict");
const vscode = require("vscode");

const EXTENSION_ID = "flowgate-dev.flowgate";
const tests = [];
const test = (name, fn) => tests.push({ name, fn });

function folder() {
  const first = vscode.workspace.workspaceFolders?.[0];
  assert.ok(first, "open the examples/ folder (launch args) before running this suite");
  return first.uri;
}

/** Diagnostics of `uri` once `predicate` holds for them (the extension publishes them asynchronously). */
function diagnosticsWhen(uri, predicate, timeoutMs = 30_000) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === "flowgate");
      if (predicate(found)) {
        clearTimeout(timer);
        listener.dispose();
        resolve(found);
      }
    };
    const listener = vscode.languages.onDidChangeDiagnostics(check);
    const timer = setTimeout(() => {
      listener.dispose();
      const now = vscode.languages.getDiagnostics(uri).map((d) => `${codeOf(d)} ${d.range.start.line + 1}: ${d.message}`);
      reject(new Error(`diagnostics on ${uri.fsPath} never matched; they are:\n${now.join("\n")}`));
    }, timeoutMs);
    check();
  });
}

const codeOf = (d) => (typeof d.code === "object" && d.code !== null ? String(d.code.value) : String(d.code));

test("the extension is installed and activates", async () => {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this host`);
  await extension.activate();
  assert.equal(extension.isActive, true);
});

test("every contributed command is registered", async () => {
  const contributed = vscode.extensions.getExtension(EXTENSION_ID).packageJSON.contributes.commands.map((c) => c.command);
  const registered = new Set(await vscode.commands.getCommands(true));
  assert.deepEqual(contributed.filter((id) => !registered.has(id)), []);
});

test("a broken flow bundle gets its problems with exact ranges and rule ids linking to help", async () => {
  const uri = vscode.Uri.joinPath(folder(), "flows", "deploy-hotfix.flow.yaml");
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const found = await diagnosticsWhen(uri, (ds) => ds.some((d) => codeOf(d) === "flow/invalid-version"));
  const version = found.find((d) => codeOf(d) === "flow/invalid-version");
  // examples/flows/deploy-hotfix.flow.yaml line 6: `  version: "1.0"`; the range covers the value.
  assert.equal(version.range.start.line, 5);
  assert.equal(version.severity, vscode.DiagnosticSeverity.Error);
  assert.ok(version.code.target, "the diagnostic code links to the rule's help");
  assert.ok(found.some((d) => codeOf(d) === "flow/steps-list-mismatch"));
  assert.ok(found.some((d) => codeOf(d) === "flow/unsafe-mirror-path"));
});

test("a planted boundary violation gets a diagnostic and an ignore quick fix", async () => {
  const [file] = await vscode.workspace.findFiles("agent/**/*.py", "**/node_modules/**", 50);
  assert.ok(file, "examples/agent/ holds the planted Python boundary violations");
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
  const found = await diagnosticsWhen(file, (ds) => ds.some((d) => codeOf(d).startsWith("scan/")));
  const violation = found.find((d) => codeOf(d).startsWith("scan/"));
  const actions = await vscode.commands.executeCommand("vscode.executeCodeActionProvider", file, violation.range, vscode.CodeActionKind.QuickFix.value);
  // vscode.executeCodeActionProvider does not hand back an action's `diagnostics`; the title names the rule.
  const ignore = actions.find((a) => a.title.includes(`(${codeOf(violation)}) on this line`));
  assert.ok(ignore, `no same-line ignore quick fix among: ${actions.map((a) => a.title).join(", ")}`);
  assert.equal(ignore.kind.value, vscode.CodeActionKind.QuickFix.value);
});

test("the Flowgate views are contributed to their own container", async () => {
  const views = vscode.extensions.getExtension(EXTENSION_ID).packageJSON.contributes.views.flowgate.map((v) => v.id);
  for (const id of ["flowgate.runs", "flowgate.approvals", "flowgate.flows", "flowgate.evidence"]) assert.ok(views.includes(id), id);
  await vscode.commands.executeCommand("workbench.view.extension.flowgate");
});

exports.run = async function run() {
  const failures = [];
  for (const { name, fn } of tests) {
    try {
      await fn();
      console.log(`  ✓ ${name}`);
    } catch (error) {
      failures.push(`${name}: ${error && error.message ? error.message : error}`);
      console.error(`  ✗ ${name}\n${error && error.stack ? error.stack : error}`);
    }
  }
  console.log(`${tests.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length) throw new Error(`${failures.length} API test(s) failed:\n${failures.join("\n")}`);
};
