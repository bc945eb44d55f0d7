import type { Finding } from "../kernel/findings";
import { type Report, countsLine } from "./model";

const COLORS = { error: "\x1b[31m", warning: "\x1b[33m", note: "\x1b[36m", dim: "\x1b[2m", bold: "\x1b[1m", green: "\x1b[32m", reset: "\x1b[0m" };

export function findingLine(f: Finding, color = false): string {
  const paint = (c: keyof typeof COLORS, s: string) => (color ? `${COLORS[c]}${s}${COLORS.reset}` : s);
  return `${paint("bold", `${f.file}:${f.line}:${f.column}`)}: ${paint(f.severity, f.severity)} ${paint("dim", f.rule)}: ${f.message}`;
}

/** Compiler-style lines, one per finding, then one summary line. Colour only when asked (a TTY). */
export function renderText(report: Report, options: { color?: boolean; quiet?: boolean } = {}): string {
  const color = options.color ?? false;
  const lines = report.findings.filter((f) => !options.quiet || f.severity === "error").map((f) => findingLine(f, color));
  const verdict = report.summary.passed ? "passed" : "failed";
  const mark = report.summary.passed ? (color ? `${COLORS.green}✓${COLORS.reset}` : "✓") : color ? `${COLORS.error}✗${COLORS.reset}` : "✗";
  lines.push(`${mark} flowgate ${verdict}: ${countsLine(report.summary)}`);
  return lines.join("\n") + "\n";
}
