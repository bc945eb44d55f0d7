// A real VS Code (code-server on Node 24) driven through headless Chromium, as a person would use it.
// One code-server per workspace; every process started here is killed in close(), on failure too.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { chromium, type Browser, type FrameLocator, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, type TestContext } from "vitest";
import type { LedgerEvent } from "../../core/ledger/schema";
import { stagedCopy } from "../helpers/stage";
// @ts-expect-error the install script is plain ESM JavaScript shared with CI and developers.
import { ensureCodeServer } from "../../scripts/code-server.mjs";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const OUTPUT_DIR = join(ROOT, "test-output", "e2e");

export interface Host {
  node: string;
  entry: string;
  chromium: string;
}

/** Installs (first run) or finds (cached) Node 24, code-server and Chromium. */
export function ensureHost(): Host {
  return ensureCodeServer() as Host;
}

/**
 * Builds the extension from the current sources and packages it with `npm run package` (vsce; its
 * `vscode:prepublish` builds), as a release would — in a staging copy (sharing node_modules), so the
 * repository's committed dist/ is never rewritten under other tests reading it. Returns the .vsix path.
 */
export function packageExtension(): string {
  const stage = stagedCopy("flowgate-e2e-vsix-");
  try {
    execFileSync("npm", ["run", "package"], { cwd: stage, stdio: "inherit" });
    const vsix = join(stage, "flowgate.vsix");
    if (!existsSync(vsix)) throw new Error(`npm run package wrote no ${vsix}`);
    return vsix;
  } catch (error) {
    rmSync(stage, { recursive: true, force: true });
    throw error;
  }
}

/** A copy of examples/ in a fresh temporary folder (tests never touch the repository's own files). */
export function copyOfExamples(label: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), `flowgate-e2e-${label}-`)), "examples");
  cpSync(join(ROOT, "examples"), dir, { recursive: true });
  return dir;
}

export function installVsix(host: Host, vsix: string, extensionsDir: string): void {
  mkdirSync(extensionsDir, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), "flowgate-e2e-install-"));
  try {
    execFileSync(host.node, [host.entry, "--extensions-dir", extensionsDir, "--install-extension", vsix], { stdio: "inherit", env: hostEnv(scratch) });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// code-server writes its config under XDG dirs: keep them inside the test's own temp folder.
function hostEnv(scratch: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith("VSCODE_")) env[key] = value;
  return { ...env, XDG_CONFIG_HOME: join(scratch, "xdg"), XDG_DATA_HOME: join(scratch, "xdg") };
}

export interface SessionOptions {
  label: string;
  workspace: string;
  extensionsDir: string;
  /** false opens the folder in Restricted Mode (workspace trust on, folder not trusted). */
  trusted: boolean;
  settings?: Record<string, unknown>;
}

const QUIET_SETTINGS = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "editor.minimap.enabled": false,
};

/** One code-server + one browser page on one workspace. */
export class VsCode {
  private constructor(
    readonly options: SessionOptions,
    readonly page: Page,
    private readonly server: ChildProcess,
    private readonly browser: Browser,
    private readonly scratch: string,
    private shots = 0,
  ) {}

  static async open(host: Host, options: SessionOptions): Promise<VsCode> {
    const scratch = mkdtempSync(join(tmpdir(), `flowgate-e2e-host-${options.label}-`));
    rmSync(join(OUTPUT_DIR, options.label), { recursive: true, force: true }); // this run's screenshots only
    const userDataDir = join(scratch, "user-data");
    mkdirSync(join(userDataDir, "User"), { recursive: true });
    const settings = { ...QUIET_SETTINGS, "security.workspace.trust.enabled": !options.trusted, ...options.settings };
    writeFileSync(join(userDataDir, "User", "settings.json"), JSON.stringify(settings, null, 2));
    const server = spawn(
      host.node,
      [
        host.entry,
        "--bind-addr", "127.0.0.1:0", // the OS picks a free port; code-server prints it
        "--auth", "none",
        "--disable-telemetry",
        "--disable-update-check",
        "--extensions-dir", options.extensionsDir,
        "--user-data-dir", userDataDir,
        options.workspace,
      ],
      { env: hostEnv(scratch), detached: true, stdio: ["ignore", "pipe", "pipe"] },
    );
    const killServer = () => killTree(server);
    process.once("exit", killServer);
    let browser: Browser | undefined;
    try {
      const url = await listeningUrl(server, join(OUTPUT_DIR, `${options.label}.code-server.log`));
      browser = await chromium.launch({
        executablePath: host.chromium,
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
      });
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      page.setDefaultTimeout(60_000); // generous: CI runs other test files beside this one on two cores
      // A .code-workspace file opens as a (multi-root) workspace, anything else as a folder.
      const target = options.workspace.endsWith(".code-workspace") ? "workspace" : "folder";
      await page.goto(`${url}?${target}=${encodeURIComponent(options.workspace)}`);
      await page.locator(".monaco-workbench").waitFor({ timeout: 120_000 });
      return new VsCode(options, page, server, browser, scratch);
    } catch (error) {
      await browser?.close().catch(() => undefined);
      killServer();
      throw error;
    }
  }

  /** A numbered screenshot under test-output/e2e/<label>/ (kept as the run's artifact). */
  async shot(name: string): Promise<string> {
    const dir = join(OUTPUT_DIR, this.options.label);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${String(++this.shots).padStart(2, "0")}-${name}.png`);
    await this.settled();
    await this.page.screenshot({ path });
    return path;
  }

  /** Waits for running finite animations and transitions (toasts sliding in, panels opening) to end. */
  async settled(): Promise<void> {
    // A string: this file is type-checked without the DOM library.
    await this.page.evaluate(`Promise.all(document.getAnimations()
      .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
      .map((a) => a.finished.catch(() => undefined)))`);
  }

  /** Drags the sash on the side bar's edge so the side bar is `width` pixels wide (tree labels are long). */
  async widenSideBar(width: number): Promise<void> {
    const sideBar = this.page.locator(".part.sidebar");
    const box = (await sideBar.boundingBox())!;
    const edge = box.x + box.width;
    let sash: { x: number; y: number; width: number; height: number } | undefined;
    for (const candidate of await this.page.locator(".monaco-sash.vertical").all()) {
      const b = await candidate.boundingBox();
      if (b && b.height > box.height / 2 && Math.abs(b.x + b.width / 2 - edge) <= b.width) sash = b;
    }
    if (!sash) throw new Error("no sash on the side bar's edge");
    const x = sash.x + sash.width / 2;
    const y = sash.y + sash.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + width, y, { steps: 8 });
    await this.page.mouse.up();
    await expect.poll(async () => Math.round((await sideBar.boundingBox())!.width)).toBeGreaterThan(width - 20);
  }

  /** The content document of the active webview (VS Code nests it in two iframes). */
  webview(): FrameLocator {
    return this.page.frameLocator("iframe.webview.ready").last().frameLocator("iframe#active-frame");
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    killTree(this.server);
    rmSync(this.scratch, { recursive: true, force: true });
  }

  // ---- acting as a person would ----

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  /** The activity-bar entry of a view container, e.g. "Flowgate" (present once the extension's contributions load). */
  activityBarItem(title: string): Locator {
    return this.page.locator(`.activitybar a.action-label[aria-label^="${title}"]`);
  }

  /** Shows a view container from the activity bar (as a click would), unless it is showing already. */
  async showContainer(title: string): Promise<void> {
    const item = this.activityBarItem(title);
    await item.waitFor();
    const tab = item.locator("xpath=.."); // the <li role="tab"> holding the icon
    if ((await tab.getAttribute("aria-selected")) !== "true") await item.click();
    await expect.poll(() => tab.getAttribute("aria-selected")).toBe("true");
  }

  /** A view's pane in the side bar, by its name ("Runs", "Approvals"...). */
  view(name: string): Locator {
    return this.page.locator(".sidebar .pane", { has: this.page.locator(".pane-header", { hasText: new RegExp(`^\\s*${name}\\b`, "i") }) });
  }

  /** A tree row of `view` whose text contains `text`. */
  treeRow(view: Locator, text: string | RegExp): Locator {
    return view.locator(".monaco-list-row", { hasText: text });
  }

  /** What a tree view shows: each row's label and description. */
  async treeItems(view: Locator): Promise<{ label: string; description: string }[]> {
    return view.locator(".monaco-list-row").evaluateAll((rows) =>
      rows.map((row) => ({
        label: row.querySelector(".label-name")?.textContent?.trim() ?? "",
        description: row.querySelector(".label-description")?.textContent?.trim() ?? "",
      })),
    );
  }

  /** Clicks an inline action (the icons shown on hover) of a tree row, by the command's title. */
  async inlineAction(row: Locator, title: string): Promise<void> {
    await row.hover();
    await row.locator(`.actions .action-label[aria-label="${title}"]`).click();
  }

  /**
   * Applies the quick fix titled `title` at line:column from the light-bulb menu (Ctrl+.). The file is re-analyzed
   * after each edit, so the menu is asked again until the fix is offered.
   */
  async quickFix(line: number, column: number, title: string, shot?: string): Promise<void> {
    await this.quickFixAt(() => this.goToLine(line, column), title, shot);
  }

  /** As quickFix, where `reveal` puts the cursor (a Problems row opened: a notebook's cell has no Go to Line of its own). */
  async quickFixAt(reveal: () => Promise<void>, title: string, shot?: string): Promise<void> {
    const fix = this.page.locator(".action-widget .monaco-list-row", { hasText: title });
    await expect
      .poll(
        async () => {
          if (await this.page.locator(".action-widget").first().isVisible()) await this.press("Escape");
          await reveal();
          await this.press("Control+.");
          return fix.waitFor({ timeout: 10_000 }).then(() => true, () => false);
        },
        { timeout: 90_000, interval: 1_000 },
      )
      .toBe(true);
    if (shot) await this.shot(shot);
    await fix.click();
    await fix.waitFor({ state: "hidden" });
  }

  /** The quick input (command palette, quick pick, input box) once visible. */
  get quickInput(): Locator {
    return this.page.locator(".quick-input-widget");
  }

  /** Runs a command from the palette by its title, e.g. "Flowgate: Scan Workspace". */
  async command(title: string): Promise<void> {
    // The palette closes when focus moves (a notification or view taking it as a run starts): until the command's
    // row is offered, open it again rather than typing into a closing widget.
    const input = this.quickInput.locator("input");
    await expect
      .poll(
        async () => {
          if (await input.isVisible()) await this.press("Escape");
          await this.press("F1");
          return input
            .fill(`>${title}`, { timeout: 10_000 })
            .then(() => this.pickRow(title).waitFor({ timeout: 10_000 }))
            .then(() => true, () => false);
        },
        { timeout: 90_000, interval: 1_000 },
      )
      .toBe(true);
    await this.pick(title);
  }

  private pickRow(label: string): Locator {
    return this.quickInput.locator(".monaco-list-row", { has: this.page.locator(".label-name", { hasText: label }) }).first();
  }

  /** Chooses the quick-pick row whose label is exactly `label` (waits for it). */
  async pick(label: string): Promise<void> {
    const row = this.pickRow(label);
    await row.waitFor();
    await row.click();
    // As in answer(): the next prompt must not find this picker still open.
    await row.waitFor({ state: "hidden", timeout: 10_000 }).catch(() => undefined);
  }

  /** Types into the open input box (showInputBox / quick pick filter) and accepts. */
  async answer(text: string): Promise<void> {
    const input = this.quickInput.locator("input");
    await input.waitFor();
    await input.fill(text);
    await this.press("Enter");
    // The widget is reused by the next prompt: until this answer is taken (the box closes or is emptied for the
    // next one), a following answer() would find this box still visible and type into it (lost under load).
    await this.page.waitForFunction(
      `(() => { const box = document.querySelector(".quick-input-widget input"); return !box || box.offsetParent === null || box.value !== ${JSON.stringify(text)}; })()`,
      undefined,
      { timeout: 30_000 },
    );
  }

  async openFile(relativePath: string): Promise<void> {
    await this.press("Control+P");
    const input = this.quickInput.locator("input");
    await input.waitFor();
    await input.fill(relativePath);
    const name = relativePath.split("/").pop()!;
    await this.quickInput.locator(".monaco-list-row", { hasText: name }).first().waitFor(); // the search has answered
    await this.press("Enter");
    await this.page.locator(".tabs-container .tab.active", { hasText: name }).waitFor();
  }

  async goToLine(line: number, column = 1): Promise<void> {
    await this.press("Control+G");
    const input = this.quickInput.locator("input");
    await input.waitFor();
    await input.fill(`:${line}:${column}`); // Go to Line is quick access with the ":" prefix
    // Enter before the picker has read the input is lost: wait for its prompt first.
    await this.quickInput.locator(".monaco-list-row", { hasText: `go to line ${line} at column ${column}` }).waitFor();
    await this.press("Enter");
    await this.page.locator(".statusbar-item", { hasText: `Ln ${line}, Col ${column}` }).waitFor();
  }

  /** Opens the Problems row whose text contains `text` in its editor, the cursor at its start and the editor focused. */
  async openProblem(text: string): Promise<void> {
    const row = (await this.problems()).locator(".monaco-list-row", { hasText: text }).first();
    await row.click();
    await this.press("Enter");
  }

  /** Opens the Problems panel and returns its locator. */
  async problems(): Promise<Locator> {
    const panel = this.page.locator(".markers-panel");
    if (!(await panel.isVisible())) await this.press("Control+Shift+M");
    await panel.waitFor();
    return panel;
  }

  /**
   * Types `text` into the Problems panel's filter box (a text, or a glob of files) so every
   * matching row fits on screen (the panel's list is virtualized). Idempotent: the panel can be rebuilt
   * while the workbench settles, so callers re-apply it before each read.
   */
  async filterProblems(text: string): Promise<void> {
    await this.problems();
    const filter = this.page.getByPlaceholder(/^Filter \(e\.g\. text/);
    if ((await filter.inputValue()) !== text) await filter.fill(text);
  }

  /** The Problems panel's rows as a person reads them: file, severity, message, rule id, position. */
  async problemRows(filter?: string): Promise<ProblemRow[]> {
    const panel = await this.problems();
    if (filter !== undefined) await this.filterProblems(filter);
    const rows = await panel.locator(".monaco-list-row").evaluateAll((elements) =>
      elements.map((element) => ({ label: element.getAttribute("aria-label") ?? "", text: (element as unknown as { innerText: string }).innerText })),
    );
    const result: ProblemRow[] = [];
    let file = "";
    for (const { label, text } of rows) {
      const fileRow = /^\d+ problems? in file (.+?)(?: of folder (.+))?$/.exec(label);
      if (fileRow) {
        file = fileRow[2] ? `${fileRow[2]}/${fileRow[1]}` : fileRow[1]!;
        continue;
      }
      // A diagnostic with relatedInformation (a boundary finding's resolution steps) says how many locations it refers to.
      const marker = /^(Error|Warning|Info): ([\s\S]*) at line (\d+) and character (\d+)\.(?: This problem has references to \d+ locations?\.)? generated by (\S+)/.exec(label);
      if (!marker) continue;
      const code = text.split("\n").find((line: string) => /^[a-z]+\/[a-z0-9-]+$/.test(line.trim()))?.trim() ?? "";
      result.push({ file, severity: marker[1]!, message: marker[2]!, code, line: Number(marker[3]), column: Number(marker[4]), source: marker[5]! });
    }
    return result;
  }

  /** Notification toasts, or the one whose text contains `text`. */
  notifications(text?: string | RegExp): Locator {
    return this.page.locator(".notifications-toasts .notification-toast", text === undefined ? undefined : { hasText: text });
  }

  /** Closes every notification toast (so the next step's message is the only one). */
  async clearNotifications(): Promise<void> {
    await this.command("Notifications: Clear All Notifications");
  }
}

export interface ProblemRow {
  /** "<folder>/<name>" relative to the workspace root, as the panel groups it. */
  file: string;
  severity: string;
  message: string;
  code: string;
  line: number;
  column: number;
  source: string;
}

function killTree(child: ChildProcess): void {
  if (child.exitCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

const LISTEN_TIMEOUT_MS = 120_000;

/** Waits for code-server's "HTTP server listening on <url>" line; its whole log goes to `logPath`. */
function listeningUrl(server: ChildProcess, logPath: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(logPath, "");
  return new Promise((resolvePromise, reject) => {
    let seen = "";
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      writeFileSync(logPath, text, { flag: "a" });
      seen += text;
      const match = /HTTP server listening on (http:\/\/\S+?)\/?\s/.exec(seen);
      if (match) resolvePromise(`${match[1]}/`);
    };
    server.stdout!.on("data", onData);
    server.stderr!.on("data", onData);
    server.once("exit", (code) => reject(new Error(`code-server exited (${code}) before listening; see ${logPath}`)));
    server.once("error", reject);
    setTimeout(() => reject(new Error(`code-server did not listen within ${LISTEN_TIMEOUT_MS / 1000} s; see ${logPath}`)), LISTEN_TIMEOUT_MS).unref();
  });
}

// ---- editor UX helpers (issue #14): modal dialogs, hovers, the status bar ----

/** The open modal dialog (showWarningMessage/showErrorMessage with `modal: true`), once visible. */
export function dialog(code: VsCode): Locator {
  return code.page.locator(".monaco-dialog-box");
}

/** A dialog's texts as a person reads them: the message, the detail, the buttons. */
export async function dialogContent(code: VsCode): Promise<{ message: string; detail: string; buttons: string[] }> {
  const box = dialog(code);
  await box.waitFor();
  return {
    message: ((await box.locator(".dialog-message-text").textContent()) ?? "").trim(),
    detail: ((await box.locator(".dialog-message-detail").innerText().catch(() => "")) ?? "").trim(),
    buttons: (await box.locator(".dialog-buttons .monaco-button").allInnerTexts()).map((t) => t.trim()),
  };
}

/** Clicks a dialog's button by its title and waits for the dialog to close. */
export async function clickDialogButton(code: VsCode, title: string): Promise<void> {
  const box = dialog(code);
  const exact = new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`);
  await box.locator(".dialog-buttons .monaco-button", { hasText: exact }).click();
  await box.waitFor({ state: "hidden" });
}

/** Hovers a tree row's label and returns the text of the hover (tooltip) it shows. */
export async function hoverText(code: VsCode, row: Locator): Promise<string> {
  // Leave first: a pointer already resting on the row does not raise its hover again on a retry.
  await code.page.mouse.move(0, 0);
  await code.press("Escape");
  await row.locator(".label-name").hover();
  const hover = code.page.locator(".workbench-hover, .monaco-hover").filter({ hasText: /\S/ }).last();
  await hover.waitFor({ timeout: 15_000 });
  return hover.innerText();
}

/** The quick pick's rows as shown: label, all its text (description, detail, separator), and whether it is marked refused (circle-slash). */
export type QuickPickRow = { label: string; text: string; disabled: boolean };

/**
 * The rows of the open quick pick. With `until`, polls until the rows satisfy it AND read the same twice
 * in a row (a quick pick fills and re-renders its list after it opens; under load a single read can
 * see an empty or partial list), failing after `timeout` ms with the rows last seen.
 */
export async function quickPickRows(code: VsCode, until?: { ready: (rows: QuickPickRow[]) => boolean; what: string; timeout?: number }): Promise<QuickPickRow[]> {
  const read = async () => {
    await code.quickInput.locator(".monaco-list-row").first().waitFor();
    return code.quickInput.locator(".monaco-list-row").evaluateAll((rows) =>
      rows.map((row) => ({
        label: row.querySelector(".label-name")?.textContent?.trim() ?? "",
        text: (row as unknown as { innerText: string }).innerText.replace(/\s+/g, " ").trim(),
        disabled: !!row.querySelector(".codicon-circle-slash"),
      })),
    );
  };
  if (!until) return read();
  const timeout = until.timeout ?? 60_000;
  const deadline = Date.now() + timeout;
  let previous = "";
  let rows: QuickPickRow[] = [];
  while (Date.now() < deadline) {
    rows = await read();
    const seen = JSON.stringify(rows);
    if (until.ready(rows) && seen === previous) return rows;
    previous = seen;
    await code.page.waitForTimeout(250);
  }
  throw new Error(`the quick pick did not show ${until.what} within ${timeout} ms; its rows were: ${JSON.stringify(rows.map((r) => r.text))}`);
}

/** The status bar entry whose text contains `text`. */
export function statusBarItem(code: VsCode, text: string | RegExp): Locator {
  return code.page.locator(".statusbar-item", { hasText: text });
}

/** The events of a run's ledger file in `workspace`, parsed line by line. */
export function ledgerEventsOf(workspace: string, runId: string): LedgerEvent[] {
  return readFileSync(join(workspace, ".flowgate", "runs", `${runId}.jsonl`), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as LedgerEvent);
}

/** A failing test leaves a screenshot of the moment it failed (NN-FAILED-<test>.png). */
export function shotOnFailure(context: TestContext, session: () => VsCode | undefined): void {
  context.onTestFailed(async () => void (await session()?.shot(`FAILED-${context.task.name.replace(/\W+/g, "-").slice(0, 60)}`)));
}

/**
 * The packaged .vsix installed into a fresh extensions folder, and copies of examples/ for workspaces;
 * `cleanup()` removes every temporary folder made (call it in afterAll).
 */
/** The packaged extension installed for a VS Code session, and the copies made for it (extensionUnderTest). */
export interface ExtensionUnderTest {
  host: Host;
  extensionsDir: string;
  workspaceCopy: (label: string) => string;
  cleanup: () => void;
}

/**
 * One test file's real VS Code over the packaged extension: the extension built before the file's tests; after them,
 * the VS Code a test opened (`session.code`) closed and the copies removed, on failure too.
 */
export function vsCodePerFile(): { readonly under: ExtensionUnderTest; code: VsCode | undefined } {
  let under: ExtensionUnderTest | undefined;
  const session = {
    get under(): ExtensionUnderTest {
      if (!under) throw new Error("the extension under test is built in beforeAll");
      return under;
    },
    code: undefined as VsCode | undefined,
  };
  beforeAll(() => {
    under = extensionUnderTest();
  }, 900_000);
  afterAll(async () => {
    await session.code?.close();
    under?.cleanup();
  });
  return session;
}

export function extensionUnderTest(): ExtensionUnderTest {
  const host = ensureHost();
  const extensionsDir = mkdtempSync(join(tmpdir(), "flowgate-e2e-extensions-"));
  const vsix = packageExtension();
  const temporary = [extensionsDir, dirname(vsix)];
  installVsix(host, vsix, extensionsDir);
  return {
    host,
    extensionsDir,
    workspaceCopy: (label) => {
      const workspace = copyOfExamples(label);
      temporary.push(dirname(workspace));
      return workspace;
    },
    cleanup: () => {
      for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Flowgate: Start Run… from the palette for `flowTitle`@`version`; the new run's id from the confirmation. */
export async function startRunFromPalette(code: VsCode, flowTitle: string, flowId: string, version: string): Promise<string> {
  await code.command("Flowgate: Start Run…");
  await code.pick(flowTitle);
  await code.pick(version);
  const started = code.notifications(new RegExp(`started run_\\w+ pinned to ${flowId}@${version.replace(/\./g, "\\.")}`));
  await started.waitFor();
  return /started (run_\w+)/.exec((await started.textContent())!)![1]!;
}

/** The text of an extension's log output channel (`createOutputChannel(name, { log: true })`) as code-server wrote it, or "". */
export function extensionLog(code: VsCode, name: string): string {
  const logs = join(code["scratch"], "user-data", "logs");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith(".log") && entry.name.includes(name)) found.push(join(dir, entry.name));
    }
  };
  walk(logs);
  return found.map((file) => readFileSync(file, "utf8")).join("");
}
