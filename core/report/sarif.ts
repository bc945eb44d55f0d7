import type { Finding, Severity } from "../kernel/findings";
import { getRule } from "../kernel/rule";
import { findingFingerprints } from "./fingerprint";
import { sarifMessage } from "./escape";
import { resolutionFlow } from "./sarif-flows";
import { type Report, TOOL_NAME, TOOL_VERSION } from "./model";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", note: "note" };
const INFORMATION_URI = "https://github.com/flowgate-dev/flowgate";

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: string };
  properties: { category?: string; tags: string[] };
}

function ruleName(id: string): string {
  return id
    .split(/[/\-_.]/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

function sarifRule(f: Finding): SarifRule {
  const rule = getRule(f.rule);
  const summary = rule?.summary ?? f.help?.text ?? f.rule;
  const help = rule?.help ?? f.help?.text ?? summary;
  const helpUri = rule?.helpUri ?? f.help?.uri;
  return {
    id: f.rule,
    name: ruleName(f.rule),
    shortDescription: { text: summary },
    fullDescription: { text: help },
    help: { text: help, markdown: helpUri ? `${help}\n\n[Documentation](${helpUri})` : help },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[rule?.severity ?? f.severity] },
    properties: { ...(f.category ? { category: f.category } : {}), tags: [TOOL_NAME, ...(f.category ? [f.category] : [])] },
  };
}

/** A repo path as a relative URI reference: each segment percent-encoded (encodeURI would leave `#` and `?`, which end a path). */
function relativeUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: rules with help, results with relative URIs,
 * regions, and partialFingerprints that survive unrelated line moves (rule + file + message + occurrence).
 */
export function renderSarif(report: Report): string {
  const rules: SarifRule[] = [];
  const index = new Map<string, number>();
  const fingerprints = findingFingerprints(report.findings);
  const results = report.findings.map((f, i) => {
    if (!index.has(f.rule)) {
      index.set(f.rule, rules.length);
      rules.push(sarifRule(f));
    }
    return {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule)!,
      level: LEVEL[f.severity],
      message: sarifMessage(f.message),
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relativeUri(f.file), uriBaseId: "%SRCROOT%" },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.endLine === f.line ? f.column + 1 : 1) },
          },
        },
      ],
      ...resolutionFlow(f, (file, region) => ({ artifactLocation: { uri: relativeUri(file), uriBaseId: "%SRCROOT%" }, region })),
      partialFingerprints: { "flowgateFindingHash/v1": fingerprints[i]! },
      ...(f.category || f.properties ? { properties: { ...(f.category ? { category: f.category } : {}), ...(f.properties ?? {}) } } : {}),
    };
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root." } } },
        invocations: [{ executionSuccessful: true }],
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
