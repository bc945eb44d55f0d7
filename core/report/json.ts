import type { Report } from "./model";

export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + "\n";
}
