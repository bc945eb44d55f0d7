import { defineRule } from "../rule";

export const parseError = defineRule({
  id: "source/parse-error",
  severity: "error",
  category: "source",
  summary: "The file is not valid JSON or YAML.",
  help: "Flowgate reads flow bundles, Blueprints, evidence and config as JSON or YAML. Fix the syntax at the reported position; nothing else in the file is checked until it parses.",
  message: (format: string, detail: string) => `not valid ${format}: ${detail}`,
});

export const tooLarge = defineRule({
  id: "source/too-large",
  severity: "error",
  category: "source",
  summary: "The file is larger than the configured size limit.",
  help: "Large inputs are refused before parsing so a hostile or accidental file cannot exhaust memory. Split the file, or raise the limit in .flowgate.yml (limits.max-file-bytes) if it is legitimate.",
  message: (bytes: number, limit: number) => `file is ${bytes} bytes, over the ${limit}-byte limit; not parsed`,
});

export const tooManyValues = defineRule({
  id: "source/too-many-values",
  severity: "error",
  category: "source",
  summary: "The document holds more values (array items, object members) than the limit.",
  help: "A flow, Blueprint or configuration with hundreds of thousands of items is refused before it is parsed and validated, so a hostile file of empty items cannot exhaust the stack or memory. No real flow or Blueprint comes near the limit: split the document.",
  message: (limit: number) => `more than ${limit} values (array items and object members); not parsed`,
});

export const tooDeep = defineRule({
  id: "source/too-deep",
  severity: "error",
  category: "source",
  summary: "The document nests deeper than the nesting limit.",
  help: "Deeply nested documents are refused to bound stack and time. No flow, Blueprint or evidence bundle needs this depth.",
  message: (limit: number) => `nesting deeper than ${limit} levels; not parsed further`,
});

export const duplicateKey = defineRule({
  id: "source/duplicate-key",
  severity: "error",
  category: "source",
  summary: "A mapping has the same key twice.",
  help: "JSON and YAML parsers disagree on which duplicate wins (first, last, or error), so a duplicated key means different things to different tools. Keep one.",
  message: (key: string) => `duplicate key \`${key}\``,
});

export const aliasLimit = defineRule({
  id: "source/alias-limit",
  severity: "error",
  category: "source",
  summary: "YAML aliases expand to more nodes than allowed.",
  help: "A few aliases can expand exponentially (a 'billion laughs' alias bomb). Flowgate stops expanding at the limit; write the data out, or use fewer nested aliases.",
  message: (limit: number) => `YAML aliases expand to more than ${limit} nodes; not expanded`,
});

export const mergeKey = defineRule({
  id: "source/yaml-merge-key",
  severity: "warning",
  category: "source",
  summary: "YAML 1.1 merge keys (`<<`) are not applied.",
  help: "Merge keys are a YAML 1.1 extension that YAML 1.2 dropped; tools disagree on them. Flowgate reads `<<` as an ordinary key. Write the merged fields out.",
  message: () => "YAML merge key `<<` is not applied (YAML 1.2); write the fields out",
});

export const multipleDocuments = defineRule({
  id: "source/multiple-documents",
  severity: "error",
  category: "source",
  summary: "A YAML file holds more than one document.",
  help: "Each file holds one bundle. Split the documents into separate files.",
  message: () => "more than one YAML document in this file; only the first is read",
});

export const unreadable = defineRule({
  id: "source/unreadable",
  severity: "error",
  category: "source",
  summary: "The file cannot be read.",
  help: "Flowgate could not open the file: its permissions deny reading, it is a directory under a file's name, or it went away while the check ran. Make it a readable regular file, or exclude it.",
  message: (reason: string) => `cannot be read: ${reason}`,
});

export const unknownDialect = defineRule({
  id: "source/unknown-dialect",
  severity: "error",
  category: "source",
  summary: "Flowgate cannot tell what kind of file this is.",
  help: "Flowgate never guesses silently. Name the file by its kind (*.flow.json/yaml for Knowtation flows, *.bp.json/yaml or *.blueprint.json/yaml for Blueprints), or list it under `flows.files` (or the Blueprint equivalent) in .flowgate.yml.",
  message: () => "not a recognised flow bundle or Blueprint; name it *.flow.json|yaml or configure it in .flowgate.yml",
});

export const byteOrderMark = defineRule({
  id: "source/byte-order-mark",
  severity: "warning",
  category: "source",
  summary: "A JSON flow bundle or Blueprint starts with a UTF-8 byte order mark, which its format's own loader refuses.",
  help: "Flowgate reads past the mark (editors hide it), but the format's owner does not: Knowtation loads flow files with `JSON.parse` and mlua-swarm loads JSON Blueprints with serde_json, and both reject it, so the file would never load there. YAML files are not warned about (YAML allows the mark, and mlua-swarm's YAML reader skips it; Knowtation reads no YAML flows), nor are Flowgate's own files. Save the file as UTF-8 without a byte order mark (VS Code: the encoding in the status bar, Save with Encoding, UTF-8).",
  message: (loader: string) => `file starts with a UTF-8 byte order mark: ${loader} will not load this file; save it without the mark`,
});
