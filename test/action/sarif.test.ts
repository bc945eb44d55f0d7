import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, gitRepoFrom, tempDir } from "../helpers/cli";
import { runAction } from "./harness";

// Microsoft's SARIF Multitool with GitHub's ingestion rules (see /work/shared/notes/validators.md).
const MULTITOOL = join(REPO, "node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");

/** Problems the Multitool reports for a SARIF file, as "level ruleId: message" (it exits 0 either way). */
function validate(file: string): string[] {
  chmodSync(MULTITOOL, 0o755); // npm may have skipped the package's chmod postinstall
  const out = `${file}.validation.sarif`;
  execFileSync(MULTITOOL, ["validate", file, "--rule-kind", "Gh;Sarif", "-o", out, "--log", "ForceOverwrite"], { stdio: "pipe" });
  const log = JSON.parse(readFileSync(out, "utf8"));
  return log.runs[0].results.map((r: { level: string; ruleId: string; message: { arguments?: string[]; text?: string } }) => `${r.level} ${r.ruleId}: ${(r.message.arguments ?? []).join(" | ") || r.message.text}`);
}

describe("Flowgate's SARIF passes Microsoft's SARIF Multitool with GitHub's ingestion rules", () => {
  it("the Action's SARIF for examples/ plus a flow with a hostile name has zero problems", async () => {
    const dir = tempDir("flowgate-sarif-");
    cpSync(join(REPO, "examples"), join(dir, "agents"), { recursive: true });
    writeFileSync(join(dir, "agents/flows/space & [brackets] #1.flow.yaml"), "flow:\n  flow_id: Bad Id\nsteps: []\n");
    const repo = gitRepoFrom(dir);
    const r = await runAction({ workspace: repo, event: { name: "push", fixture: "push.json" }, inputs: { "working-directory": "agents", sarif: "flowgate.sarif" } });
    const sarif = JSON.parse(readFileSync(r.outputs["sarif-file"]!, "utf8"));
    expect(sarif.runs[0].results.length).toBeGreaterThan(10);
    expect(sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toContain(
      "agents/flows/space%20%26%20%5Bbrackets%5D%20%231.flow.yaml",
    );
    expect(validate(r.outputs["sarif-file"]!)).toEqual([]);
  });

  it("the validator does catch what GitHub would refuse (a rule without help)", async () => {
    const repo = gitRepoFrom(join(REPO, "examples"));
    const r = await runAction({ workspace: repo, event: { name: "push", fixture: "push.json" } });
    const sarif = JSON.parse(readFileSync(r.outputs["sarif-file"]!, "utf8"));
    delete sarif.runs[0].tool.driver.rules[0].help;
    const broken = join(tempDir(), "broken.sarif");
    writeFileSync(broken, JSON.stringify(sarif));
    expect(validate(broken)).toEqual(["error GH2012: runs[0].tool.driver.rules[0] | GitHub Advanced Security"]);
  });

  it("scan/network-call, scan/shell-command resolved across files carry relatedLocations and a codeFlows thread (import → re-export → call), still valid", async () => {
    const dir = tempDir("flowgate-sarif-flow-");
    const files: Record<string, string> = {
      "app/pkg/__init__.py": "",
      "app/pkg/_compat.py": "import httpx\n",
      "app/pkg/client.py": "from ._compat import (\n    httpx as hx,\n)\nhx.get('https://example.com')\n",
      "app/js/shell.ts": 'import { exec } from "child_process";\nexport { exec };\n',
      "app/js/index.ts": 'export { exec } from "./shell";\n',
      "app/js/use.ts": 'import * as sh from "./index";\nsh.exec("ls");\n',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(dir, file, ".."), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    const repo = gitRepoFrom(dir);
    const r = await runAction({ workspace: repo, event: { name: "push", fixture: "push.json" }, inputs: { "working-directory": "app", sarif: "flowgate.sarif" } });
    const sarif = JSON.parse(readFileSync(r.outputs["sarif-file"]!, "utf8"));
    type Loc = { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } }; message?: { text: string } };
    const at = (l: Loc) => `${l.physicalLocation.artifactLocation.uri}:${l.physicalLocation.region.startLine}:${l.physicalLocation.region.startColumn}-${l.physicalLocation.region.endLine}:${l.physicalLocation.region.endColumn}`;
    const results = sarif.runs[0].results as Array<{ ruleId: string; locations: Loc[]; relatedLocations?: Array<Loc & { id: number }>; codeFlows?: Array<{ threadFlows: Array<{ locations: Array<{ location: Loc }> }> }> }>;
    const js = results.find((x) => x.ruleId === "scan/shell-command")!;
    expect(at(js.locations[0]!)).toBe("app/js/use.ts:2:1-2:8");
    expect(js.relatedLocations!.map((l) => `${l.id} ${at(l)} ${l.message!.text}`)).toEqual([
      '1 app/js/use.ts:1:1-1:31 import * as sh from "./index";',
      '2 app/js/index.ts:1:1-1:31 export { exec } from "./shell"',
      '3 app/js/shell.ts:1:1-1:38 import { exec } from "child_process";',
    ]);
    expect(js.codeFlows![0]!.threadFlows[0]!.locations.map((l) => at(l.location))).toEqual(["app/js/shell.ts:1:1-1:38", "app/js/index.ts:1:1-1:31", "app/js/use.ts:1:1-1:31", "app/js/use.ts:2:1-2:8"]);
    const py = results.find((x) => x.ruleId === "scan/network-call")!;
    expect(py.codeFlows![0]!.threadFlows[0]!.locations.map((l) => at(l.location))).toEqual(["app/pkg/_compat.py:1:1-1:13", "app/pkg/client.py:1:1-3:2", "app/pkg/client.py:4:1-4:7"]);
    expect(validate(r.outputs["sarif-file"]!)).toEqual([]);
  });
});
