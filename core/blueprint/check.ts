import { join } from "node:path";
import { type Check, type CheckContext, selectFiles } from "../gate";
import type { Config } from "../config/schema";
import type { Dialect } from "../feature";
import type { Finding } from "../kernel/findings";
import { globMatcher } from "../kernel/files";
import { limitsOf } from "../kernel/limits";
import { byteOrderMarkFindings, parseSource, readSourceText } from "../kernel/source/document";
import type { BlueprintsDetails } from "./markdown";
import { type BlueprintValidation, validateBlueprint } from "./validate";
import { isObject } from "../data";
import { append } from "../kernel/append";

export function isBlueprintFile(config: Config): (path: string) => boolean {
  return globMatcher([...config.blueprints.include, ...config.blueprints.files]);
}

/** Parse and validate one Blueprint's text (JSON or YAML by extension). */
export function validateBlueprintText(path: string, text: string, config: Config): BlueprintValidation {
  const parsed = parseSource(path, text, limitsOf(config));
  const findings = [...byteOrderMarkFindings(path, text, "mlua-swarm"), ...parsed.findings];
  const doc = parsed.doc;
  if (!doc) return { findings, suppressed: [] };
  const result = validateBlueprint(doc, config.blueprints);
  return { ...result, findings: [...findings, ...result.findings] };
}

export const blueprintDialect: Dialect = {
  id: "blueprint",
  title: "mlua-swarm Blueprint",
  claimsByName: (path, config) => (isBlueprintFile(config)(path) ? "its path matches blueprints.include / blueprints.files" : undefined),
  claimsByContent: (data) =>
    isObject(data) && Object.hasOwn(data, "id") && isObject(data.flow) && typeof data.flow.kind === "string" ? "it has top-level `id` and a flow.ir `flow` node (`kind`)" : undefined,
  validate: (path, text, config) => validateBlueprintText(path, text, config).findings,
};

/** `flowgate check`: every configured Blueprint; allowed-away lints are listed under report.details.blueprints. */
export const blueprintsCheck: Check = {
  name: "blueprints",
  title: "mlua-swarm Blueprints",
  async run(ctx: CheckContext) {
    const files = selectFiles(ctx, isBlueprintFile(ctx.config));
    const findings: Finding[] = [];
    const suppressed: BlueprintsDetails["suppressed"] = [];
    files.forEach((file, i) => {
      ctx.signal?.throwIfAborted();
      ctx.onProgress?.({ check: "blueprints", done: i, total: files.length });
      const read = readSourceText(join(ctx.root, file), file, limitsOf(ctx.config));
      const result = read.text === undefined ? { ...read, suppressed: [] } : validateBlueprintText(file, read.text, ctx.config);
      append(findings, result.findings);
      append(suppressed, result.suppressed.map((s) => ({ file, ...s })));
    });
    const details: BlueprintsDetails = { suppressed };
    return { name: "blueprints", title: "mlua-swarm Blueprints", findings, files, details: { blueprints: details } };
  },
};
