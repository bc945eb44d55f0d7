import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { COMMAND, CONTEXT, VIEW } from "../../extension/ids";
// @ts-expect-error plain ESM script shared with developers (node scripts/icon.mjs)
import { renderIcon } from "../../scripts/icon.mjs";
// @ts-expect-error plain ESM script shared with developers (node scripts/schemas.mjs)
import { staleSchemas } from "../../scripts/schemas.mjs";

const ROOT = join(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const contributes = pkg.contributes;

describe("the extension manifest (package.json) matches the code", () => {
  test("every command the code registers is contributed with a title, the Flowgate category and an icon, and nothing else is", () => {
    const contributed = contributes.commands.map((c: { command: string }) => c.command).sort();
    expect(contributed).toEqual(Object.values(COMMAND).sort());
    for (const c of contributes.commands) {
      expect(c.category).toBe("Flowgate");
      expect(c.title).toMatch(/\S/);
      expect(c.icon).toMatch(/^\$\([a-z-]+\)$/);
    }
  });

  test("the activity-bar container holds the four views, each with an empty state", () => {
    expect(contributes.viewsContainers.activitybar).toEqual([{ id: VIEW.container, title: "Flowgate", icon: "$(shield)" }]);
    expect(contributes.views[VIEW.container].map((v: { id: string }) => v.id)).toEqual([VIEW.runs, VIEW.approvals, VIEW.flows, VIEW.evidence]);
    expect(contributes.viewsWelcome.map((w: { view: string }) => w.view)).toEqual([VIEW.runs, VIEW.approvals, VIEW.flows, VIEW.evidence]);
  });

  test("item menus match contextValues the views set: approve/deny only on pending approvals, advance only on frontier steps, ledger writes only in trusted workspaces", () => {
    const items = contributes.menus["view/item/context"] as { command: string; when: string }[];
    const whenOf = (command: string) => items.filter((i) => i.command === command).map((i) => i.when);
    expect(whenOf(COMMAND.approve)).toEqual([`viewItem == ${CONTEXT.approvalPending} && isWorkspaceTrusted`]);
    expect(whenOf(COMMAND.deny)).toEqual([`viewItem == ${CONTEXT.approvalPending} && isWorkspaceTrusted`]);
    expect(whenOf(COMMAND.advanceStep)).toEqual([`viewItem == ${CONTEXT.stepFrontier} && isWorkspaceTrusted`]);
    // Restricted Mode: no item action that writes a ledger is shown (the palette commands refuse with a trust button).
    const writes: string[] = [COMMAND.approve, COMMAND.deny, COMMAND.advanceStep, COMMAND.attachEvidence, COMMAND.requestApproval, COMMAND.cancelRun, COMMAND.mintConsent, COMMAND.startRun];
    for (const item of items.filter((i) => writes.includes(i.command))) expect(item.when).toMatch(/ && isWorkspaceTrusted$/);
    const known = new Set<string>(Object.values(CONTEXT));
    for (const { when } of items) {
      const exact = /viewItem == (\S+)/.exec(when)?.[1];
      if (exact) expect(known.has(exact)).toBe(true);
    }
  });

  test("activation is narrow: no `*`, no onStartupFinished; flows, Blueprints, config, ledgers and the scanned languages", () => {
    const events: string[] = pkg.activationEvents;
    expect(events.some((e) => e === "*" || e === "onStartupFinished")).toBe(false);
    expect(events.filter((e) => e.startsWith("onLanguage:")).sort()).toEqual(["onLanguage:javascript", "onLanguage:javascriptreact", "onLanguage:python", "onLanguage:typescript", "onLanguage:typescriptreact"]);
    expect(events).toContain("workspaceContains:.flowgate/runs/*.jsonl");
    expect(events).toContain("workspaceContains:.flowgate.yml");
  });

  test("engines.vscode is satisfied by the e2e host (1.139) and not below the @types/vscode the code compiles against", () => {
    const range = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(pkg.engines.vscode)!;
    const types = JSON.parse(readFileSync(join(ROOT, "node_modules/@types/vscode/package.json"), "utf8")).version.split(".").map(Number);
    expect(Number(range[1])).toBe(1);
    expect(Number(range[2])).toBeLessThanOrEqual(139);
    expect(Number(range[2])).toBeGreaterThanOrEqual(types[1]);
  });

  test("Restricted Mode is declared limited with a description; main, icon and schema files exist", () => {
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe("limited");
    expect(pkg.capabilities.untrustedWorkspaces.description).toMatch(/diagnostics/);
    expect(pkg.main).toBe("./dist/extension.js");
    expect(existsSync(join(ROOT, pkg.icon))).toBe(true);
    const png = readFileSync(join(ROOT, pkg.icon));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
    expect(renderIcon().equals(png)).toBe(true); // the committed icon is what scripts/icon.mjs draws
    for (const v of [...contributes.jsonValidation, ...contributes.yamlValidation]) expect(existsSync(join(ROOT, v.url))).toBe(true);
  });

  test("issue #15: the .vsix ships the language client and the server it starts (dist/lsp.js as a Node module), both built", () => {
    const shipped = readFileSync(join(ROOT, ".vscodeignore"), "utf8").split("\n").filter((l) => l.startsWith("!")).map((l) => l.slice(1));
    expect(shipped).toEqual(expect.arrayContaining(["dist/extension.js", "dist/extension-client.js", "dist/lsp.js", "dist/scan-worker.js", "dist/wasm/*.wasm"]));
    const client = readFileSync(join(ROOT, "extension/client/main.ts"), "utf8");
    expect(client).toContain('context.asAbsolutePath("dist/lsp.js")');
    for (const file of ["dist/extension-client.js", "dist/lsp.js"]) expect(existsSync(join(ROOT, file))).toBe(true);
    // The activation layer requires the client lazily and never bundles it (or the core).
    const activation = readFileSync(join(ROOT, "dist/extension.js"), "utf8");
    expect(activation).toContain('require("./extension-client.js")');
    expect(activation.length).toBeLessThan(10_000);
  });

  test("the JSON Schemas in schemas/ are what the zod schemas generate now", async () => {
    expect(await staleSchemas()).toEqual([]);
  });

  test("every flowgate.* setting the code reads is contributed", () => {
    const settings = readFileSync(join(ROOT, "extension/settings.ts"), "utf8");
    const read = [...settings.matchAll(/c\.get<[^>]+>\("([^"]+)"/g)].map((m) => `flowgate.${m[1]}`).sort();
    expect(read).toEqual(Object.keys(contributes.configuration.properties).sort());
  });
});
