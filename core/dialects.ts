import type { Config } from "./config/schema";
import { DIALECTS } from "./features";
import { type Finding, WHOLE_FILE } from "./kernel/findings";
import { limitsOf } from "./kernel/limits";
import { parseSource } from "./kernel/source/document";
import { unknownDialect } from "./kernel/source/rules";

/** `flowgate validate`: which feature's dialect a file is, by name or else by content, and its findings. */

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
  return { file: path, reason: "nothing identifies it", findings: [unknownDialect.at(path, { ...WHOLE_FILE, endColumn: 2 })] };
}
