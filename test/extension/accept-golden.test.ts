import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { loadConfig } from "../../core/config/load";
import { goldenOptionsOf } from "../../core/evidence/config";
import { acceptAsGolden } from "../../extension/commands/goldenCommands";
import type { FolderState, Workspace } from "../../extension/workspace";
import { ui } from "./fake-vscode";

import { workspaceOf } from "./helpers";

vi.mock("vscode", () => import("./fake-vscode"));

const EXAMPLES = join(import.meta.dirname, "../../examples");

function setup(trusted = true) {
  const root = join(mkdtempSync(join(tmpdir(), "flowgate-ext-golden-")), "ws");
  cpSync(EXAMPLES, root, { recursive: true });
  const config = loadConfig(root).config;
  const state = { root, config, folder: { uri: { fsPath: root } } } as unknown as FolderState;
  let invalidated = 0;
  const workspace = workspaceOf([state], { trusted, invalidate: () => void invalidated++ });
  const pair = config.goldens.find((p) => p.golden === "goldens/issue-run.golden.json")!;
  return { root, workspace, state, options: goldenOptionsOf(pair), invalidations: () => invalidated };
}

beforeEach(() => ui.reset());

describe("Compare with Golden → Accept as Golden (issue #14 item 7): what `flowgate golden --update` does", () => {
  test("after the confirmation the golden becomes the bundle's exact text; cancelling writes nothing", async () => {
    const { root, workspace, state, options, invalidations } = setup();
    const bundle = "evidence/issue-run.evidence.json";
    const golden = "goldens/issue-run.golden.json";
    const before = readFileSync(join(root, golden), "utf8");
    ui.answers = [undefined];
    expect(await acceptAsGolden(workspace, state, bundle, golden, options)).toBe(false);
    expect(readFileSync(join(root, golden), "utf8")).toBe(before);
    ui.answers = ["Accept as Golden"];
    expect(await acceptAsGolden(workspace, state, bundle, golden, options)).toBe(true);
    expect(ui.warnings[1]).toMatchObject({ text: `Replace the golden ${golden} with ${bundle}?`, buttons: ["Accept as Golden"] });
    expect(readFileSync(join(root, golden), "utf8")).toBe(readFileSync(join(root, bundle), "utf8"));
    expect(ui.messages.at(-1)!.text).toMatch(/^Flowgate: golden goldens\/issue-run\.golden\.json updated: [1-9]\d* differences? accepted\.$/);
    expect(invalidations()).toBe(1);
    ui.answers = ["Accept as Golden"];
    expect(await acceptAsGolden(workspace, state, bundle, golden, options)).toBe(true);
    expect(ui.messages.at(-1)!.text).toBe(`Flowgate: golden ${golden} is already up to date.`);
  });

  test("a tampered bundle is refused; a golden outside the folder and Restricted Mode are refused before any prompt", async () => {
    const { root, workspace, state, options } = setup();
    const golden = "goldens/issue-run.golden.json";
    const before = readFileSync(join(root, golden), "utf8");
    ui.answers = ["Accept as Golden"];
    expect(await acceptAsGolden(workspace, state, "evidence/tampered-run.evidence.json", golden, options)).toBe(false);
    expect(ui.messages.at(-1)!.text).toMatch(/^Flowgate: not updating goldens\/issue-run\.golden\.json: evidence\/tampered-run\.evidence\.json does not verify \(/);
    expect(readFileSync(join(root, golden), "utf8")).toBe(before);
    ui.reset();
    expect(await acceptAsGolden(workspace, state, "evidence/issue-run.evidence.json", "../outside.golden.json", options)).toBe(false);
    expect(ui.messages).toEqual([{ level: "error", text: "Flowgate: ../outside.golden.json is outside this folder; update it with `flowgate golden evidence/issue-run.evidence.json ../outside.golden.json --update`." }]);
    const restricted = setup(false);
    expect(await acceptAsGolden(restricted.workspace, restricted.state, "evidence/issue-run.evidence.json", golden, options)).toBe(false);
    expect(ui.messages.at(-1)!.level).toBe("error");
  });
});
