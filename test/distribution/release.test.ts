// The release: one version everywhere, the release script the workflow runs (vsce package, the CLI tarball,
// notes, checksums) run locally in a staging copy, the .vsix's contents and metadata, and Open VSX's client
// uploading that .vsix to a registry on 127.0.0.1.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO, runBuiltCli, tempDir } from "../helpers/cli";
import { grammars, stagedCopy } from "../helpers/stage";

const MANIFEST = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
const VERSION: string = MANIFEST.version;

/** The entries of a zip (the .vsix), read by Python's zipfile: a reader that is not vsce's own. */
function zipEntries(file: string): Map<string, Buffer> {
  const script = "import zipfile,sys,json,base64; z=zipfile.ZipFile(sys.argv[1]); print(json.dumps({n: base64.b64encode(z.read(n)).decode() for n in z.namelist()}))";
  const json = JSON.parse(execFileSync("python3", ["-c", script, file], { encoding: "utf8", maxBuffer: 64 << 20 }));
  return new Map(Object.entries(json).map(([k, v]) => [k, Buffer.from(v as string, "base64")]));
}

describe("one version for the CLI, the Action and the extension", () => {
  it("package.json's version is in every bundle, the CLI's --version and CHANGELOG.md", () => {
    for (const bundle of ["cli-bundle.js", "action.js", "lsp.js"]) {
      expect(readFileSync(join(REPO, "dist", bundle), "utf8").match(/TOOL_VERSION = true \? "([^"]+)"/)?.[1], bundle).toBe(VERSION);
    }
    expect(runBuiltCli(["--version"]).stdout).toBe(`${VERSION}\n`);
    expect(readFileSync(join(REPO, "CHANGELOG.md"), "utf8")).toContain(`\n## [${VERSION}]\n`);
  });
});

describe("the extension's marketplace metadata", () => {
  it("icon, gallery banner, categories, keywords, repository, bugs, homepage, licence", () => {
    expect(MANIFEST).toMatchObject({
      publisher: "flowgate-dev",
      license: "MIT",
      icon: "images/icon.png",
      galleryBanner: { color: "#0e646c", theme: "dark" },
      repository: { type: "git", url: "https://github.com/flowgate-dev/flowgate.git" },
      bugs: { url: "https://github.com/flowgate-dev/flowgate/issues" },
      homepage: "https://github.com/flowgate-dev/flowgate#readme",
    });
    expect(MANIFEST.categories).toContain("Linters");
    expect(MANIFEST.keywords.length).toBeGreaterThanOrEqual(5);
  });

  it("`vsce ls` lists only what the .vsix needs", () => {
    const ls = execFileSync("npx", ["vsce", "ls", "--no-dependencies", "--readme-path", "extension/README.md"], { cwd: REPO, encoding: "utf8" });
    expect(ls.trim().split("\n").sort()).toEqual([
      "CHANGELOG.md",
      "LICENSE",
      "dist/extension-client.js",
      "dist/extension-host.js",
      "dist/extension.js",
      "dist/lsp.js",
      "dist/scan-worker.js",
      ...grammars("dist/wasm/"),
      "docs/rules.md",
      "extension/README.md",
      "images/icon.png",
      "package.json",
      "schemas/blueprint.schema.json",
      "schemas/evidence.schema.json",
      "schemas/flow.schema.json",
      "schemas/flowgate-config.schema.json",
      "schemas/run-policy.schema.json",
    ]);
  }, 60_000);
});

describe("scripts/release.mjs (what .github/workflows/release.yml runs)", () => {
  let out: string;
  let stage: string;

  beforeAll(() => {
    stage = stagedCopy("flowgate-release-");
    out = tempDir("flowgate-release-out-");
    execFileSync(process.execPath, [join(stage, "scripts/release.mjs"), "--tag", `v${VERSION}`, "--out", out], { cwd: stage, stdio: "pipe" });
  }, 600_000);
  afterAll(() => rmSync(stage, { recursive: true, force: true }));

  it("the workflow runs the script with the pushed tag, then releases what it wrote", () => {
    const workflow = parse(readFileSync(join(REPO, ".github/workflows/release.yml"), "utf8"));
    expect(workflow.on.push.tags).toEqual(["v[0-9]+.[0-9]+.[0-9]+"]);
    const runs: string[] = workflow.jobs.release.steps.map((s: { run?: string }) => s.run ?? "");
    expect(runs).toContain('node scripts/release.mjs --tag "$GITHUB_REF_NAME" --out release');
    expect(runs.join("\n")).toContain('gh release create "$GITHUB_REF_NAME" release/*.vsix release/*.tgz release/SHA256SUMS');
  });

  it("writes the .vsix, the CLI tarball, the CHANGELOG section as notes and their checksums", () => {
    expect(readdirSync(out).sort()).toEqual([`SHA256SUMS`, `flowgate-${VERSION}.vsix`, `flowgate-dev-cli-${VERSION}.tgz`, "notes.md"]);
    const sums = readFileSync(join(out, "SHA256SUMS"), "utf8");
    for (const f of [`flowgate-${VERSION}.vsix`, `flowgate-dev-cli-${VERSION}.tgz`]) {
      expect(sums).toContain(`${createHash("sha256").update(readFileSync(join(out, f))).digest("hex")}  ${f}\n`);
    }
    const notes = readFileSync(join(out, "notes.md"), "utf8");
    expect(notes.startsWith("The first release.")).toBe(true);
    expect(notes).not.toContain("## [");
  });

  it("the .vsix (vsce package) holds only what the extension needs, the extension's own README and the CHANGELOG", () => {
    const entries = zipEntries(join(out, `flowgate-${VERSION}.vsix`));
    expect([...entries.keys()].sort()).toEqual([
      "[Content_Types].xml",
      "extension.vsixmanifest",
      "extension/LICENSE.txt",
      "extension/changelog.md",
      "extension/dist/extension-client.js",
      "extension/dist/extension-host.js",
      "extension/dist/extension.js",
      "extension/dist/lsp.js",
      "extension/dist/scan-worker.js",
      ...grammars("extension/dist/wasm/"),
      "extension/docs/rules.md",
      "extension/images/icon.png",
      "extension/package.json",
      "extension/readme.md",
      "extension/schemas/blueprint.schema.json",
      "extension/schemas/evidence.schema.json",
      "extension/schemas/flow.schema.json",
      "extension/schemas/flowgate-config.schema.json",
      "extension/schemas/run-policy.schema.json",
    ]);
    expect(entries.get("extension/readme.md")!.toString()).toBe(readFileSync(join(REPO, "extension/README.md"), "utf8"));
    expect(entries.get("extension/changelog.md")!.toString()).toContain(`## [${VERSION}]`);
    const vsixManifest = entries.get("extension.vsixmanifest")!.toString();
    expect(vsixManifest).toContain(`Version="${VERSION}" Publisher="flowgate-dev"`);
    expect(vsixManifest).toContain('<Property Id="Microsoft.VisualStudio.Services.Branding.Color" Value="#0e646c" />');
    expect(vsixManifest).toContain('<Asset Type="Microsoft.VisualStudio.Services.Content.Details" Path="extension/readme.md"');
    expect(vsixManifest).toContain('<Asset Type="Microsoft.VisualStudio.Services.Content.Changelog" Path="extension/changelog.md"');
  });

  it("the CLI tarball is the package `npm run pack:cli` makes, at the same version", () => {
    const pkg = JSON.parse(execFileSync("tar", ["xzOf", join(out, `flowgate-dev-cli-${VERSION}.tgz`), "package/package.json"], { encoding: "utf8" }));
    expect([pkg.name, pkg.version]).toEqual(["@flowgate-dev/cli", VERSION]);
  });

  it("Open VSX: ovsx publishes that same .vsix (uploaded byte for byte with the token to a registry on 127.0.0.1)", async () => {
    const vsix = readFileSync(join(out, `flowgate-${VERSION}.vsix`));
    const received: { url: string; body: Buffer }[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        received.push({ url: req.url ?? "", body: Buffer.concat(chunks) });
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ namespace: "flowgate-dev", name: "flowgate", version: VERSION, targetPlatform: "universal" }));
      });
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    try {
      const registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      // Asynchronous: the registry answers on this thread. A failed publish rejects (and fails the test) with ovsx's message.
      const r = await promisify(execFile)(join(REPO, "node_modules/.bin/ovsx"), ["publish", join(out, `flowgate-${VERSION}.vsix`), "-p", "test-token", "-r", registry], {
        env: { PATH: process.env.PATH, HOME: tempDir() },
      });
      expect(r.stderr).toBe("");
      expect(r.stdout).toContain(`Published flowgate-dev.flowgate v${VERSION}`);
      expect(received.map((x) => x.url)).toEqual(["/api/-/publish?token=test-token"]);
      expect(received[0]!.body.equals(vsix)).toBe(true);
    } finally {
      server.close();
    }
  });

  it("refuses a tag that is not v + package.json's version", () => {
    const r = spawnSync(process.execPath, [join(stage, "scripts/release.mjs"), "--tag", "v9.9.9", "--out", tempDir()], { cwd: stage, encoding: "utf8" });
    expect([r.status, r.stderr]).toEqual([1, `release: tag v9.9.9 does not match package.json's version ${VERSION} (expected v${VERSION})\n`]);
  });
});
