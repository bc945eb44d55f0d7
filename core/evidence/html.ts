import { randomBytes } from "node:crypto";
import type { Finding } from "../kernel/findings";
import { escapeHtml } from "../report/escape";
import { plural } from "../report/model";
import { isObject } from "./json";
import type { EvidenceBundle } from "./schema";

export interface EvidenceHtmlOptions {
  /** Nonce for the one <style> and <script> (a webview passes its own; a file gets a random one). */
  nonce?: string;
  /** Write a Content-Security-Policy meta tag allowing only the nonce'd style and script (default true; a webview with its own CSP may turn it off). */
  csp?: boolean;
  title?: string;
  /** Findings of the evaluation, listed with the verdict. */
  findings?: readonly Finding[];
  /** Events drawn on the timeline and kept for time travel; later ones are counted. */
  maxEvents?: number;
  /**
   * Verdict positions as links that post `{type: "openFinding", index}` (the finding's index in
   * `findings`) to a VS Code webview host, which opens the file there; no URL is built from the bundle.
   */
  positionLinks?: boolean;
}

const DEFAULT_MAX_EVENTS = 5000;
/** Characters of a payload kept per event for the event inspector. */
const MAX_PAYLOAD_CHARS = 4000;

const esc = (v: unknown) => escapeHtml(v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v));

/** JSON placed inside <script type="application/json">: nothing in it can close the element or open a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

function kindOf(type: string): string {
  if (/failed|error|blocked|expired|cancel/.test(type)) return "fail";
  if (type.startsWith("tool_approval")) return "approval";
  if (type.startsWith("tool_") || type.startsWith("sandbox_")) return "tool";
  if (type.startsWith("state_patch") || type === "step_completed") return "state";
  if (type.includes("cost") || type.startsWith("model_")) return "cost";
  return "other";
}

/**
 * A bundle time (epoch seconds) as its UTC value in a <time> element; the page's script shows it in the
 * reader's local time zone and keeps the UTC value in the title. A value no Date can hold stays a number.
 */
function timeTag(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? esc(seconds) : `<time datetime="${date.toISOString()}">${date.toISOString()}</time>`;
}

function table(headers: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  return `<table><thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
}

function timeline(bundle: EvidenceBundle, shown: number): string {
  const lanes = [null, ...bundle.steps.map((s) => s.step_id)];
  for (const e of bundle.events.slice(0, shown)) if (e.step_id !== null && !lanes.includes(e.step_id)) lanes.push(e.step_id);
  const laneH = 28;
  const left = 180;
  const step = Math.max(2, Math.min(24, 1800 / Math.max(1, shown)));
  const width = left + step * shown + 20;
  const t0 = bundle.events[0]?.timestamp ?? 0;
  const rows = lanes.map((lane, i) => {
    const label = lane === null ? "run" : lane;
    const status = lane === null ? bundle.run.status : bundle.steps.find((s) => s.step_id === lane)?.status ?? "";
    return `<g class="lane"><rect x="0" y="${i * laneH}" width="${width}" height="${laneH}" class="lane-bg ${i % 2 ? "odd" : "even"}"></rect><text x="6" y="${i * laneH + 18}" class="lane-label">${escapeHtml(label.length > 17 ? label.slice(0, 16) + "…" : label)} <tspan class="st-${escapeHtml(status)}">${escapeHtml(status)}</tspan></text></g>`;
  });
  const dots = bundle.events.slice(0, shown).map((e, i) => {
    const lane = Math.max(0, lanes.indexOf(e.step_id));
    const title = `#${e.seq} ${e.type} · t+${(e.timestamp - t0).toFixed(3)}s`;
    return `<circle cx="${left + step * i + step / 2}" cy="${lane * laneH + laneH / 2}" r="${Math.min(7, Math.max(2, step / 2 - 1))}" class="ev k-${kindOf(e.type)}" data-index="${i}" tabindex="0"><title>${escapeHtml(title)}</title></circle>`;
  });
  // Time axis: events are drawn in order (many share a timestamp); ticks say how far into the run each point is.
  const axisY = lanes.length * laneH;
  const every = Math.max(1, Math.ceil(shown / 10), Math.ceil(72 / step));
  const ticks = bundle.events.slice(0, shown).flatMap((e, i) => {
    if (i % every !== 0) return [];
    const x = left + step * i + step / 2;
    return [`<line x1="${x}" y1="${axisY}" x2="${x}" y2="${axisY + 4}" class="axis"></line><text x="${x}" y="${axisY + 16}" class="tick">t+${escapeHtml((e.timestamp - t0).toFixed(3))}s</text>`];
  });
  const height = axisY + 22;
  return `<div class="timeline"><svg width="${width}" height="${height}" role="img" aria-label="events by step over time">${rows.join("")}<line x1="${left - 4}" y1="0" x2="${left - 4}" y2="${axisY}" class="axis"></line><line x1="${left - 4}" y1="${axisY}" x2="${width}" y2="${axisY}" class="axis"></line>${ticks.join("")}${dots.join("")}<line id="cursor" x1="0" y1="0" x2="0" y2="${axisY}" class="cursor"></line></svg></div>`;
}

/**
 * One self-contained HTML page for one evidence bundle: verdict, timeline (steps as lanes), step
 * outcomes, approvals and who decided, tool ledger, costs, final state, and the state at any event
 * (time travel). Every value from the bundle is escaped; the only script is nonce'd, has no inline
 * handlers, and reads its data from a JSON block (works under a strict CSP, e.g. a VS Code webview).
 */
/** Float sums print as 0.30030000000000007: show money to six decimals (micro-dollars), no float noise. */
function usd(amount: number): string {
  return Number.isFinite(amount) ? String(Number(amount.toFixed(6))) : String(amount);
}

export function renderEvidenceHtml(bundle: EvidenceBundle, options: EvidenceHtmlOptions = {}): string {
  const nonce = options.nonce ?? randomBytes(16).toString("base64");
  const shown = Math.min(bundle.events.length, options.maxEvents ?? DEFAULT_MAX_EVENTS);
  const findings = options.findings ?? [];
  const errors = findings.filter((f) => f.severity === "error");
  const verdict = options.findings ? (errors.length ? "fail" : "pass") : undefined;
  const title = options.title ?? `Evidence: ${bundle.run.run_id}`;
  const run = bundle.run;

  const steps = bundle.steps.map((s) => {
    const events = bundle.events.filter((e) => e.step_id === s.step_id);
    const error = s.last_error_type || s.last_error ? `${esc(s.last_error_type)}: ${esc(s.last_error)}` : "";
    return [`<code>${esc(s.step_id)}</code>`, `<span class="st-${esc(s.status)}">${esc(s.status)}</span>`, esc(s.attempt), esc(s.owner), String(events.length), error];
  });
  const approvals = bundle.approvals.map((a) => [esc(a.tool_name), esc(a.risk_level), `<span class="ap-${esc(a.status)}">${esc(a.status)}</span>`, esc(a.requested_by), a.approved_by ? `<strong>${esc(a.approved_by)}</strong>` : "—", esc(a.decision_reason ?? a.reason)]);
  const ledger = bundle.tool_ledger.map((r) => [esc(r.tool_name), `<span class="lg-${esc(r.status)}">${esc(r.status)}</span>`, `<code>${esc(r.step_id)}</code>`, `<code title="${esc(r.idempotency_key)}">${esc(r.request_hash.slice(0, 12))}</code>`, esc(r.external_id), esc(r.error_type), `<code>${esc((r.response_ref ?? "").slice(0, 200))}</code>`]);
  const costs = bundle.cost_records.map((c) => [esc(c.category), esc(c.name), esc(c.amount), esc(c.unit)]);
  const artifacts = bundle.artifacts.map((a) => [esc(a.name), `<code>${esc(a.blob_hash)}</code>`, `<code>${esc((a.blob_ref ?? "").slice(0, 120))}</code>`]);
  const position = (f: Finding, i: number) => (options.positionLinks ? `<a href="#" class="pos" data-finding="${i}" title="Open ${esc(f.file)} at ${f.line}:${f.column}">${f.line}:${f.column}</a>` : `${f.line}:${f.column}`);
  const findingRows = findings.map((f, i) => [`<span class="sev-${f.severity}">${f.severity}</span>`, `<code>${esc(f.rule)}</code>`, position(f, i), esc(f.message)]);

  const data = {
    events: bundle.events.slice(0, shown).map((e) => {
      const payload = JSON.stringify(e.payload) ?? "null";
      return { seq: e.seq, type: e.type, step: e.step_id, t: e.timestamp, role: e.agent_role, payload: payload.length > MAX_PAYLOAD_CHARS ? payload.slice(0, MAX_PAYLOAD_CHARS) + "…" : payload };
    }),
    initial: (() => {
      const created = bundle.events.find((e) => e.type === "run_created");
      return isObject(created?.payload) && isObject(created.payload.initial_state) ? created.payload.initial_state : {};
    })(),
    patches: bundle.events.slice(0, shown).flatMap((e, i) => (e.type === "state_patch_committed" && isObject(e.payload) ? [{ i, patch: e.payload.patch, version: e.payload.state_version }] : [])),
  };
  const csp = options.csp === false ? "" : `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${escapeHtml(nonce)}'; script-src 'nonce-${escapeHtml(nonce)}'; img-src data:">`;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
${csp}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${escapeHtml(nonce)}">${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${verdict ? `<span class="verdict v-${verdict}">${verdict.toUpperCase()}</span> ` : ""}run <code>${esc(run.run_id)}</code> · session <code>${esc(run.session_id)}</code> · status <span class="st-${esc(run.status)}">${esc(run.status)}</span> · ${plural(bundle.events.length, "event")} · ${plural(bundle.steps.length, "step")} · ${esc(usd(bundle.cost_summary.total_usd))} USD · created ${timeTag(run.created_at)} · updated ${timeTag(run.updated_at)}</p>
</header>
${options.findings ? `<section><h2>Verdict</h2>${table(["severity", "rule", "at", "message"], findingRows, "No findings: the bundle verifies and passes every check.")}</section>` : ""}
<section><h2>Timeline</h2><p class="legend"><span class="k k-tool"></span>tool <span class="k k-approval"></span>approval <span class="k k-state"></span>state <span class="k k-cost"></span>cost/model <span class="k k-fail"></span>failure <span class="k k-other"></span>other</p>
${shown < bundle.events.length ? `<p class="note">Showing the first ${shown} of ${bundle.events.length} events.</p>` : ""}
${timeline(bundle, shown)}
<div class="travel"><label for="at">State at event <output id="at-label">#${shown}</output></label><input id="at" type="range" min="1" max="${Math.max(1, shown)}" value="${Math.max(1, shown)}"></div>
<div class="panes"><div><h3>Event</h3><pre id="event-view">Select an event on the timeline or move the slider.</pre></div><div><h3>State after this event</h3><pre id="state-view">${esc(JSON.stringify(bundle.final_state, null, 2))}</pre></div></div>
</section>
<section><h2>Steps</h2>${table(["step", "status", "attempt", "owner", "events", "error"], steps, "No steps.")}</section>
<section><h2>Approvals</h2>${table(["tool", "risk", "status", "requested by", "decided by", "reason"], approvals, "No approvals.")}</section>
<section><h2>Tool ledger</h2>${table(["tool", "status", "step", "request", "external id", "error", "response"], ledger, "No tool calls.")}</section>
<section><h2>Costs</h2><p>${escapeHtml(plural(bundle.cost_summary.tool_calls, "tool call"))} · ${escapeHtml(plural(bundle.cost_summary.model_tokens, "model token"))} · ${esc(usd(bundle.cost_summary.total_usd))} USD</p>${table(["category", "name", "amount", "unit"], costs, "No cost records.")}</section>
<section><h2>Artifacts</h2>${table(["name", "blob hash", "ref"], artifacts, "No artifacts.")}</section>
<section><h2>Final state</h2><pre id="final-state">${esc(JSON.stringify(bundle.final_state, null, 2))}</pre></section>
<script type="application/json" id="evidence-data">${scriptJson(data)}</script>
<script nonce="${escapeHtml(nonce)}">${SCRIPT}</script>
</body>
</html>
`;
}

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:0;padding:16px 24px;color:#1f2328;background:#fff}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px;border-bottom:1px solid #d0d7de}h3{font-size:13px;margin:8px 0 4px}
code,pre{font:12px ui-monospace,monospace}pre{background:#f6f8fa;padding:8px;overflow:auto;max-height:320px;white-space:pre-wrap;word-break:break-all}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f6f8fa}
.meta{color:#57606a}.empty,.note{color:#57606a;font-style:italic}
.verdict{font-weight:700;padding:1px 6px;border-radius:4px;color:#fff}.v-pass{background:#1a7f37}.v-fail{background:#cf222e}
.st-completed,.ap-APPROVED,.lg-SUCCEEDED{color:#1a7f37}.st-failed,.st-cancelled,.ap-DENIED,.lg-PENDING_VERIFICATION{color:#cf222e}.st-waiting_human,.st-running,.st-pending,.st-retry_scheduled,.ap-PENDING{color:#9a6700}
.sev-error{color:#cf222e}.sev-warning{color:#9a6700}
.timeline{overflow-x:auto;border:1px solid #d0d7de}.lane-bg.even{fill:#fff}.lane-bg.odd{fill:#f6f8fa}.lane-label{font:11px ui-monospace,monospace;fill:#57606a}
.axis{stroke:#d0d7de}.tick{font:10px ui-monospace,monospace;fill:#57606a;text-anchor:middle}.cursor{stroke:#8250df;stroke-width:2}.ev{cursor:pointer;stroke:#fff;stroke-width:1}.ev.sel{stroke:#8250df;stroke-width:3}
.k-tool{fill:#0969da;background:#0969da}.k-approval{fill:#bf8700;background:#bf8700}.k-state{fill:#1a7f37;background:#1a7f37}.k-cost{fill:#8250df;background:#8250df}.k-fail{fill:#cf222e;background:#cf222e}.k-other{fill:#8c959f;background:#8c959f}
.legend .k{display:inline-block;width:10px;height:10px;border-radius:5px;margin:0 4px 0 10px}
.travel{margin:8px 0}.travel input{width:100%}.panes{display:grid;grid-template-columns:1fr 1fr;gap:12px}
`;

/** Time travel: replay committed patches (JSON merge) up to the selected event. Text only (textContent), never markup. */
const SCRIPT = `
(function(){
  var data = JSON.parse(document.getElementById("evidence-data").textContent);
  var slider = document.getElementById("at"), label = document.getElementById("at-label");
  var eventView = document.getElementById("event-view"), stateView = document.getElementById("state-view");
  var dots = document.querySelectorAll("circle.ev"), cursor = document.getElementById("cursor");
  // Times: the reader's local date and time (with its zone); the UTC value stays in the title.
  var LOCAL = { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", timeZoneName: "short" };
  function localTime(date){ try { return date.toLocaleString(undefined, LOCAL); } catch (e) { return date.toString(); } }
  document.querySelectorAll("time[datetime]").forEach(function(t){
    var date = new Date(t.getAttribute("datetime")); if (isNaN(date.getTime())) return;
    t.title = date.toISOString() + " (UTC)"; t.textContent = localTime(date);
  });
  function timeText(seconds){
    var date = new Date(seconds * 1000);
    return isNaN(date.getTime()) ? String(seconds) : localTime(date) + " (" + date.toISOString() + " UTC, " + seconds + ")";
  }
  // In a VS Code webview a position opens the file there: the host is told which finding, nothing else.
  var host = typeof acquireVsCodeApi === "function" ? acquireVsCodeApi() : undefined;
  document.querySelectorAll("a.pos[data-finding]").forEach(function(a){
    a.addEventListener("click", function(ev){ ev.preventDefault(); if (host) host.postMessage({ type: "openFinding", index: Number(a.getAttribute("data-finding")) }); });
  });
  function merge(target, patch){
    if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
    var out = (target && typeof target === "object" && !Array.isArray(target)) ? Object.assign(Object.create(null), target) : Object.create(null);
    // No prototype: a patch member named __proto__ is the state's own, as the gate reads it (json.ts mergePatch).
    Object.keys(patch).forEach(function(k){ if (patch[k] === null) delete out[k]; else out[k] = merge(out[k], patch[k]); });
    return out;
  }
  function show(i){
    var e = data.events[i]; if (!e) return;
    var state = data.initial;
    data.patches.forEach(function(p){ if (p.i <= i) state = merge(state, p.patch); });
    label.textContent = "#" + e.seq;
    eventView.textContent = "#" + e.seq + " " + e.type + "\\nstep: " + (e.step || "(run)") + "\\nagent: " + (e.role || "—") + "\\ntime: " + timeText(e.t) + "\\npayload: " + e.payload;
    stateView.textContent = JSON.stringify(state, null, 2);
    dots.forEach(function(d){ d.classList.toggle("sel", Number(d.getAttribute("data-index")) === i); });
    var dot = dots[i]; if (dot) { var x = dot.getAttribute("cx"); cursor.setAttribute("x1", x); cursor.setAttribute("x2", x); }
    slider.value = String(i + 1);
  }
  slider.addEventListener("input", function(){ show(Number(slider.value) - 1); });
  dots.forEach(function(d){
    d.addEventListener("click", function(){ show(Number(d.getAttribute("data-index"))); });
    d.addEventListener("keydown", function(ev){ if (ev.key === "Enter" || ev.key === " ") show(Number(d.getAttribute("data-index"))); });
  });
  document.body.setAttribute("data-ready", "true");
  if (data.events.length) show(data.events.length - 1);
})();
`;
