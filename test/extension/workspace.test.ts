import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { Workspace } from "../../extension/workspace";
import { settings, Uri, workspace as fakeWorkspace } from "./fake-vscode";

vi.mock("vscode", () => import("./fake-vscode"));

function folder(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), "flowgate-ext-ws-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  fakeWorkspace.workspaceFolders = [{ uri: Uri.file(root), name: "ws", index: 0 }];
  return root;
}

const CUSTOM = "scan:\n  custom:\n    - { id: internal-http, language: python, module: mycorp.http, category: network, message: use the gateway }\n";

afterEach(() => {
  fakeWorkspace.isTrusted = true;
  for (const key of Object.keys(settings)) delete settings[key];
});

describe("folder state", () => {
  test("the folder's .flowgate.yml is loaded; files outside the folder have no state", () => {
    const root = folder({ ".flowgate.yml": "exclude: [legacy/**]\n" });
    const ws = new Workspace();
    const state = ws.folderOf(Uri.file(join(root, "agent/a.py")) as never)!;
    expect(state.config.exclude).toEqual(["legacy/**"]);
    expect(ws.relativePath(state, Uri.file(join(root, "agent/a.py")) as never)).toBe("agent/a.py");
    expect(ws.folderOf(Uri.file("/elsewhere/a.py") as never)).toBeUndefined();
  });

  test("an invalid config is an error with its position, and the defaults apply meanwhile", () => {
    folder({ ".flowgate.yml": "fail-on: error\nexclud: [x]\n" });
    const state = new Workspace().primary()!;
    expect([state.configError!.line, state.configError!.column]).toEqual([2, 1]);
    expect(state.configError!.message).toMatch(/^\.flowgate\.yml:2:1: /);
    expect(state.config.exclude).toEqual([]);
  });

  test("an unreadable config (here a directory) is reported, never thrown", () => {
    const root = folder({});
    mkdirSync(join(root, "conf.yml"));
    settings["flowgate.configPath"] = "conf.yml";
    const state = new Workspace().primary()!;
    expect(state.configError).toBeDefined();
    expect(state.configError!.file).toBe("conf.yml");
  });

  test("Restricted Mode: custom scan rules from the workspace config are not applied", () => {
    folder({ ".flowgate.yml": CUSTOM });
    expect(new Workspace().primary()!.config.scan.custom.map((c) => c.id)).toEqual(["internal-http"]);
    fakeWorkspace.isTrusted = false;
    expect(new Workspace().primary()!.config.scan.custom).toEqual([]);
  });

  test("the actor is flowgate.actor when set", () => {
    folder({});
    settings["flowgate.actor"] = "  carol@example.com ";
    const ws = new Workspace();
    expect(ws.actor(ws.primary()!)).toBe("carol@example.com");
  });
});
