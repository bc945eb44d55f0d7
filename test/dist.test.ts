import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers/cli";

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe("dist/ is what the sources build to", () => {
  it("a fresh build emits exactly the committed files, byte for byte (run `npm run build` and commit dist/ if this fails)", () => {
    const fresh = mkdtempSync(join(tmpdir(), "flowgate-dist-"));
    execFileSync(process.execPath, [join(REPO, "scripts/build.mjs"), "--outdir", fresh], { cwd: REPO, stdio: "pipe" });
    const built = filesUnder(fresh);
    expect(built).toContain("cli.js");
    expect(built).toContain("action.js");
    expect(filesUnder(join(REPO, "dist"))).toEqual(built);
    const stale = built.filter((f) => !readFileSync(join(fresh, f)).equals(readFileSync(join(REPO, "dist", f))));
    expect(stale).toEqual([]);
  });

  it("the build does not depend on where the checkout lives (CI clones to another path)", () => {
    const fresh = mkdtempSync(join(tmpdir(), "flowgate-dist-"));
    execFileSync(process.execPath, [join(REPO, "scripts/build.mjs"), "--outdir", fresh], { cwd: REPO, stdio: "pipe" });
    const withCheckoutPath = filesUnder(fresh).filter((f) => f.endsWith(".js") && readFileSync(join(fresh, f), "utf8").includes(REPO));
    expect(withCheckoutPath).toEqual([]);
  });

  it("the scan worker's bundle holds no zod (the config is validated on the thread that starts it): zod was half its bytes and a third of its start-up", () => {
    const zod = (file: string) => readFileSync(join(REPO, "dist", file), "utf8").includes("node_modules/zod/");
    expect(zod("cli-bundle.js")).toBe(true);
    expect(zod("scan-worker.js")).toBe(false);
  });

  it("the Action's bundle holds no undici: it is required from dist/action-undici.js where a request uses it (a run without a token neither compiles nor loads it)", () => {
    const action = readFileSync(join(REPO, "dist/action.js"), "utf8");
    expect(action).not.toContain("node_modules/undici/");
    expect(readFileSync(join(REPO, "dist/action-undici.js"), "utf8")).toContain("node_modules/undici/");
    expect(action).toContain('require("./action-undici.js")');
    // Bound when a module loads (the whole value required there), not when a request needs it.
    expect(action.match(/^\s*(?:var|let|const) \w+ = (?:__toESM\(|__importStar\()?require(?:_(?:undici|tunnel)\d*\(|\("\.\/action-undici\.js"\)).*$/gm) ?? []).toEqual([]);
  });

  it("every bundle is ASCII, so V8 holds its source one byte a character (a comment's `—` made it two: slower to read and compile at every start)", () => {
    const bundles = filesUnder(join(REPO, "dist")).filter((f) => f.endsWith(".js"));
    expect(bundles).toContain("action.js");
    expect(bundles.filter((f) => /[^\x00-\x7f]/.test(readFileSync(join(REPO, "dist", f), "utf8")))).toEqual([]);
  });
});
