import { blueprintDialect } from "./blueprint/check";
import type { Config } from "./config/schema";
import type { Finding } from "./kernel/findings";
import { validateFlowText } from "./flow/check";
import { limitsOf } from "./kernel/limits";
import { isFlowFile } from "./kernel/selectors";
import { escapeMarkdown, markdownCode } from "./report/escape";
import type { Report } from "./report/model";
import { defineRule } from "./kernel/rule";
import { parseSource } from "./kernel/source/document";
import { isObject } from "./data";

export const unknownDialect = defineRule({
  id: "source/unknown-dialect",
  severity: "error",
  category: "source",
  summary: "Flowgate cannot tell what kind of file this is.",
  help: "Flowgate never guesses silently. Name the file by its kind (*.flow.json/yaml for Knowtation flows, *.bp.json/yaml or *.blueprint.json/yaml for Blueprints), or list it under `flows.files` (or the Blueprint equivalent) in .flowgate.yml.",
  message: () => "not a recognised flow bundle or Blueprint; name it *.flow.json|yaml or configure it in .flowgate.yml",
});

/** A format `flowgate validate` can apply, how it recognises a file, and how it validates one. */
export interface Dialect {
  id: string;
  title: string;
  /** Why this file is this dialect (by configuration or name), or undefined. */
  claimsByName(path: string, config: Config): string | undefined;
  /** Why parsed content looks like this dialect, or undefined. */
  claimsByContent(data: unknown): string | undefined;
  validate(path: string, text: string, config: Config): Finding[];
}

export const flowDialect: Dialect = {
  id: "flow",
  title: "Knowtation Flow v0",
  claimsByName: (path, config) => (isFlowFile(config)(path) ? "its path matches flows.include / flows.files" : undefined),
  claimsByContent: (data) =>
    isObject(data) && isObject(data.flow) && (data.flow.schema === "knowtation.flow/v0" || Array.isArray(data.steps)) ? "it has top-level `flow` and `steps`" : undefined,
  validate: (path, text, config) => validateFlowText(path, text, config).findings,
};

/** Order matters: the first dialect that claims a file wins. Later issues add Blueprints. */
export const DIALECTS: Dialect[] = [flowDialect, blueprintDialect];

export interface ValidatedFile {
  file: string;
  dialect?: string;
  reason: string;
  findings: Finding[];
}

export function validateAnyFile(path: string, text: string, config: Config): ValidatedFile {
  // A file outside the working directory (`../x.flow.yaml`) is still named by its kind; globs never match `..` segments.
  const named = path.replace(/^(?:\.\.\/)+/, "");
  for (const d of DIALECTS) {
    const why = d.claimsByName(named, config);
    if (why) return { file: path, dialect: d.title, reason: why, findings: d.validate(path, text, config) };
  }
  const parsed = parseSource(path, text, limitsOf(config));
  if (!parsed.doc) return { file: path, reason: "it does not parse", findings: parsed.findings };
  for (const d of DIALECTS) {
    const why = parsed.doc && d.claimsByContent(parsed.doc.data);
    if (why) return { file: path, dialect: d.title, reason: why, findings: d.validate(path, text, config) };
  }
  return { file: path, reason: "nothing identifies it", findings: [unknownDialect.at(path, { line: 1, column: 1, endLine: 1, endColumn: 2 })] };
}

/** `flowgate validate --format markdown` (PR comments, job summaries) says which dialect each file was read as, like the text header. */
export function validatedMarkdown(report: Report): string | undefined {
  const validated = report.details.validated as { file: string; dialect: string | null; reason: string }[] | undefined;
  if (!validated?.length) return undefined;
  const rows = validated.map((v) => `| ${markdownCode(v.file)} | ${v.dialect ? escapeMarkdown(v.dialect) : "not validated"} | ${escapeMarkdown(v.reason)} |`);
  return ["### Dialects", "", "| file | read as | because |", "| --- | --- | --- |", ...rows].join("\n") + "\n";
}
