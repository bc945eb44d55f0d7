import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateBundle } from "../../core/evidence/evaluate";
import { renderEvidenceHtml } from "../../core/evidence/html";
import type { EvidenceBundle } from "../../core/evidence/schema";
import { syntheticBundle } from "../../bench/evidence/generate";
import { edited } from "./fixtures";

const OUT = join(__dirname, "../../test-output");
const HOSTILE = {
  script: "<script>window.__pwned = 1</script>",
  img: '<img src=x onerror="window.__pwned = 2">',
  breakout: '"></code></pre><b id="injected">x</b>',
  closer: "</script><script>window.__pwned = 3</script>",
};

/** tool-and-model-cost with hostile text in the state, the ledger, the tool name and a decided approval; re-sealed. */
const hostileText = edited("tool-and-model-cost", (b) => {
  b.run.state = b.final_state = { issue: HOSTILE.script, note: HOSTILE.img };
  const commit = b.events.find((e) => e.type === "state_patch_committed")!;
  (commit.payload as Record<string, unknown>).patch = { ...b.final_state };
  b.steps[0]!.owner = HOSTILE.breakout;
  (b.events.find((e) => e.type === "step_claimed")!.payload as Record<string, unknown>).worker_id = HOSTILE.breakout;
  b.cost_records[0]!.name = HOSTILE.closer;
  (b.events.find((e) => e.type === "cost_recorded")!.payload as Record<string, unknown>).name = HOSTILE.closer;
});
const evaluated = evaluateBundle("hostile.json", hostileText);
const bundle = evaluated.loaded.bundle as EvidenceBundle;

describe("HTML report: escaping (static)", () => {
  const html = renderEvidenceHtml(bundle, { findings: evaluated.findings, nonce: "n0nce" });
  it("contains none of the bundle's markup unescaped", () => {
    for (const text of Object.values(HOSTILE)) expect(html).not.toContain(text);
    expect(html).not.toContain("<img");
    expect(html).not.toContain('id="injected"');
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });
  it("uses the given nonce on its one style and one script, and no inline handlers", () => {
    expect(html.match(/nonce="n0nce"/g)).toHaveLength(2);
    expect(html).toContain(`script-src 'nonce-n0nce'`);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(renderEvidenceHtml(bundle, { nonce: "n", csp: false })).not.toContain("Content-Security-Policy");
  });
});

describe("HTML report: money", () => {
  it("shows USD sums without float noise", () => {
    const noisy = { ...bundle, cost_summary: { ...bundle.cost_summary, total_usd: 0.1 + 0.2 + 0.0003 } };
    const html = renderEvidenceHtml(noisy, { nonce: "n" });
    expect(html).toContain("0.3003 USD");
    expect(html).not.toContain("0.30030000000000007");
  });
});

describe("HTML report: large runs", () => {
  it("draws and keeps at most maxEvents events, and says how many there are", () => {
    const big = syntheticBundle(700);
    const html = renderEvidenceHtml(big, { maxEvents: 500, nonce: "n" });
    expect(html).toContain(`Showing the first 500 of ${big.events.length} events.`);
    expect(html.match(/<circle [^>]*class="ev /g)).toHaveLength(500);
  });
});

describe("HTML report in headless Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("renders under its CSP: timeline lanes, tables, time travel; hostile text stays text", async () => {
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, "evidence-report.html");
    writeFileSync(file, renderEvidenceHtml(bundle, { findings: evaluated.findings, title: "Evidence: hostile.json" }));
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    const problems: string[] = [];
    page.on("console", (m) => void (m.type() === "error" && problems.push(m.text())));
    page.on("pageerror", (e) => void problems.push(e.message));
    page.on("dialog", (d) => void problems.push(`dialog ${d.message()}`));
    await page.goto(`file://${file}`);
    await page.waitForSelector("body[data-ready=true]");
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("#injected").count()).toBe(0);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("circle.ev").count()).toBe(bundle.events.length);
    expect(await page.locator("g.lane").count()).toBe(2);
    expect(await page.locator("h2").allTextContents()).toEqual(["Verdict", "Timeline", "Steps", "Approvals", "Tool ledger", "Costs", "Artifacts", "Final state"]);
    expect(await page.locator("#final-state").textContent()).toContain(HOSTILE.script);
    expect(await page.locator("table").first().textContent()).toContain(HOSTILE.breakout);
    expect(await page.locator("body").textContent()).toContain(HOSTILE.closer);

    // Time travel: before the committed patch the state is the initial one; clicking the last event shows the final state.
    const committed = bundle.events.findIndex((e) => e.type === "state_patch_committed");
    await page.locator("#at").fill(String(committed));
    expect(JSON.parse((await page.locator("#state-view").textContent())!)).toEqual({});
    expect(await page.locator("#at-label").textContent()).toBe(`#${committed}`);
    await page.locator("circle.ev").nth(committed).click();
    expect(JSON.parse((await page.locator("#state-view").textContent())!)).toEqual(bundle.final_state);
    expect(await page.locator("#event-view").textContent()).toMatch(/^#13 state_patch_committed/);
    await page.screenshot({ path: join(OUT, "evidence-report.png"), fullPage: true });
    await page.close();
  });

  it("time travel replays a patch member named `__proto__` as the state's own, as the gate reads it: no object of the page takes it as its prototype", async () => {
    const text = edited("tool-and-model-cost", (b) => {
      const commit = b.events.find((e) => e.type === "state_patch_committed")!;
      (commit.payload as Record<string, unknown>).patch = JSON.parse('{"__proto__": {"polluted": "yes"}, "issue": "x"}');
    });
    const page = await browser.newPage();
    await page.setContent(renderEvidenceHtml(evaluateBundle("proto.json", text).loaded.bundle as EvidenceBundle, { nonce: "n" }).replace(/'nonce-n'/g, "'unsafe-inline'"));
    await page.waitForSelector("body[data-ready=true]");
    await page.locator("#at").fill(String(await page.locator("circle.ev").count()));
    expect(JSON.parse((await page.locator("#state-view").textContent())!)).toEqual(JSON.parse('{"__proto__": {"polluted": "yes"}, "issue": "x"}'));
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    await page.close();
  });

  it("a CSP without the nonce blocks the script (proving it is the nonce that lets it run)", async () => {
    const page = await browser.newPage();
    const html = renderEvidenceHtml(bundle, { nonce: "right" }).replace(/'nonce-right'/g, "'nonce-wrong'");
    await page.setContent(html);
    expect(await page.locator("body").getAttribute("data-ready")).toBeNull();
    await page.close();
  });
});
