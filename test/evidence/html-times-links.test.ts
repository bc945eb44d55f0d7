import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { evaluateBundle } from "../../core/evidence/evaluate";
import { renderEvidenceHtml } from "../../core/evidence/html";
import type { EvidenceBundle } from "../../core/evidence/schema";
import { findingOfMessage } from "../../extension/commands/reportLinks";

vi.mock("vscode", () => import("../extension/fake-vscode"));

// A bundle nobody here wrote by hand for this test: the example refund run (pending high-risk approval → findings).
const OUT = join(import.meta.dirname, "../../test-output");
const FILE = "evidence/refund-run.evidence.json";
const text = readFileSync(join(import.meta.dirname, "../../examples", FILE), "utf8");
const evaluated = evaluateBundle(FILE, text);
const bundle = evaluated.loaded.bundle as EvidenceBundle;
const utc = (seconds: number) => new Date(seconds * 1000).toISOString();
/** What the page's script shows, computed here for the reader's zone (India: +5:30, never mistaken for UTC). */
const KOLKATA: Intl.DateTimeFormatOptions = { timeZone: "Asia/Kolkata", year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", timeZoneName: "short" };

describe("evidence report: Verdict positions as links for VS Code (issue #14 item 7)", () => {
  it("with positionLinks each position is a link naming only the finding's index; without it, plain text; the CSP is the same strict one", () => {
    expect(evaluated.findings.length).toBeGreaterThan(1);
    const linked = renderEvidenceHtml(bundle, { findings: evaluated.findings, nonce: "n", positionLinks: true });
    const links = [...linked.matchAll(/<a href="#" class="pos" data-finding="(\d+)" title="([^"]*)">(\d+:\d+)<\/a>/g)];
    expect(links.map((m) => [Number(m[1]), m[2], m[3]])).toEqual(evaluated.findings.map((f, i) => [i, `Open ${FILE} at ${f.line}:${f.column}`, `${f.line}:${f.column}`]));
    const plain = renderEvidenceHtml(bundle, { findings: evaluated.findings, nonce: "n" });
    expect(plain).not.toContain('class="pos"');
    const csp = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1];
    expect(csp(linked)).toBe("default-src 'none'; style-src 'nonce-n'; script-src 'nonce-n'; img-src data:");
    expect(csp(linked)).toBe(csp(plain));
  });

  it("the host accepts only {type: 'openFinding', index} of an existing finding (the page is untrusted)", () => {
    const findings = evaluated.findings;
    expect(findingOfMessage({ type: "openFinding", index: 1 }, findings)).toBe(findings[1]);
    for (const bad of [null, "openFinding", { type: "open", index: 0 }, { type: "openFinding", index: -1 }, { type: "openFinding", index: 1.5 }, { type: "openFinding", index: "0" }, { type: "openFinding", index: findings.length }, { type: "openFinding", index: 0, file: "/etc/passwd" }]) {
      const found = findingOfMessage(bad, findings);
      // Extra keys are ignored (the file always comes from the host): index 0 is still finding 0, never another file.
      if (bad && typeof bad === "object" && "file" in bad) expect(found).toBe(findings[0]);
      else expect(found).toBeUndefined();
    }
  });
});

describe("evidence report in headless Chromium: local times, links post messages", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  });
  afterAll(async () => browser?.close());

  it("times read in the reader's time zone with the UTC value in the title; the event inspector too; a click posts the finding's index", async () => {
    const page = await browser.newPage({ timezoneId: "Asia/Kolkata", locale: "en-US" });
    // What VS Code's webview provides; the page calls it once.
    await page.addInitScript(() => {
      const w = globalThis as unknown as { posted: unknown[]; acquireVsCodeApi: () => { postMessage: (m: unknown) => void } };
      w.posted = [];
      w.acquireVsCodeApi = () => ({ postMessage: (m) => void w.posted.push(m) });
    });
    // Loaded from a file (init scripts run on navigation, not on setContent).
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, "evidence-report-links.html");
    writeFileSync(file, renderEvidenceHtml(bundle, { findings: evaluated.findings, nonce: "n", positionLinks: true }));
    await page.goto(`file://${file}`);
    await page.waitForSelector("body[data-ready=true]");

    const created = page.locator("header time").first();
    expect(await created.getAttribute("datetime")).toBe(utc(bundle.run.created_at));
    expect(await created.getAttribute("title")).toBe(`${utc(bundle.run.created_at)} (UTC)`);
    const local = new Date(bundle.run.created_at * 1000).toLocaleString("en-US", KOLKATA);
    expect(await created.textContent()).toBe(local);
    expect(local).toMatch(/GMT\+5:30$/);

    const last = bundle.events.at(-1)!;
    expect(await page.locator("#event-view").textContent()).toContain(`time: ${new Date(last.timestamp * 1000).toLocaleString("en-US", KOLKATA)} (${utc(last.timestamp)} UTC, ${last.timestamp})`);

    await page.locator("a.pos").nth(1).click();
    expect(await page.evaluate(() => (globalThis as unknown as { posted: unknown[] }).posted)).toEqual([{ type: "openFinding", index: 1 }]);
    expect(page.url()).toBe(`file://${file}`); // the link's default (navigating to #) was prevented
    await page.close();
  });
});
