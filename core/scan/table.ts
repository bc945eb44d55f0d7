import { ANY, DEFAULT, DEFAULT_SPECS, GLOBAL, type MemberKind } from "./specs";

const code = (s: string) => `\`${s}\``;

/**
 * docs/rules.md's boundary table: every watched module with its members by kind, generated from
 * DEFAULT_SPECS so the page and the scan cannot disagree.
 */
export function boundaryTableMarkdown(): string {
  const out = [
    "## Boundary table",
    "",
    "What the boundary scan (`scan/shell-command`, `scan/network-call`, `scan/model-sdk`) watches, per module and member. Kinds:",
    "",
    "- **call** — calling (or constructing) it crosses the boundary; what it returns is not followed.",
    "- **client** — constructing it crosses; that construction is the one finding for everything later done with the client (`c = anthropic.Anthropic()` … `c.messages.create()` is reported at the construction).",
    "- **inert** — configuration, values, types and exceptions: never a crossing, nor anything under it.",
    "",
    `\`${ANY}\` is every member not listed (exception classes — names ending in Error, Exception or Warning — are inert under it); \`${DEFAULT}\` is the module itself (a default export); \`X().m\` is method \`m\` of what \`X(...)\` returns; \`X().*\` (and \`X.*\`) is every method of it not listed. The longest listed prefix of a member path decides. Custom rules (\`scan.custom\`) list members as calls. Category \`code\`: the language's evaluators, whose code argument is scanned as code of the same language (each crossing in it reported at the call) or, when the scan cannot read it, reported as \`scan/dynamic-code\`.`,
    "",
    "| language | module | category | form | call | client | inert |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const spec of DEFAULT_SPECS) {
    const by = (kind: MemberKind) =>
      Object.entries(spec.members)
        .filter(([, k]) => k === kind)
        .map(([m]) => code(m))
        .join(", ");
    const module = spec.module === GLOBAL ? "(globals)" : code(spec.module);
    out.push(`| ${spec.language} | ${module} | ${spec.category} | ${spec.form} | ${by("call")} | ${by("client")} | ${by("inert")} |`);
  }

  return out.join("\n") + "\n";
}
