import { defineRule } from "../kernel/rule";

const C = "projection";

/** Rules of generated flow projections (Knowtation spec A.9): Cursor rules, runbooks, AGENTS.md sections. */
export const stale = defineRule({
  id: "projection/stale",
  severity: "error",
  category: C,
  summary: "A projection renders an older version of its flow than the latest one in the workspace, or a version that cannot be compared.",
  help: "Agents read a flow through its projections, so a projection behind the flow tells them the old steps. The marker's `flow_id@version` is compared with the highest X.Y.Z version of that flow among the workspace's flow bundles; a version on either side that is not strict X.Y.Z semver fails closed (stale), as Knowtation's isProjectionStale does. Regenerate it: `flowgate project <flow_id> --harness <harness> --output <file>`, or the editor's \"Regenerate projection\" quick fix.",
  message: (flowRef: string, why: string) => `this projection of ${flowRef} is stale: ${why}`,
});

export const edited = defineRule({
  id: "projection/edited",
  severity: "error",
  category: C,
  summary: "A projection differs from a fresh render of the flow version its marker names (hand-edited, or its flow changed in place).",
  help: "Projections are generated, never edited: the flow bundle is the one source of truth. The file (or AGENTS.md section) is compared with a fresh render of the flow version its marker names, after the marker line is normalised; what the marker claims (hash, version) is never trusted. Change the flow instead and regenerate the projection.",
  message: (flowRef: string, harness: string, where: string) => `differs from a fresh ${harness} render of ${flowRef} ${where}: it was edited, or the flow changed without a new version and it was not regenerated (projections are generated: change the flow, bump its version, regenerate)`,
});

export const missingMarker = defineRule({
  id: "projection/missing-marker",
  severity: "error",
  category: C,
  summary: "A file that must be a projection (required, or one before the change) has no GENERATED FROM CANONICAL FLOW marker.",
  help: "A file of `projections.files` without the marker is hand-written and left alone (teams keep their own Cursor rules and runbooks beside generated ones). It must hold a projection when `projections.required` names it, or when the base revision of the file held one: on a pull request (or `flowgate check --base REV`), removing the marker of a projection is this finding, so deleting the marker does not make an edited projection pass. Generate it with `flowgate project`.",
  message: (harness: string) => `this ${harness} projection (required, or a projection before this change) has no "GENERATED FROM CANONICAL FLOW" marker, so it cannot be checked against its flow: generate it with flowgate project`,
});

export const absent = defineRule({
  id: "projection/absent",
  severity: "error",
  category: C,
  summary: "A projection listed in projections.required does not exist.",
  help: "`projections.required` lists the projections a repository promises its agents (`{flow, path}`; the path's `projections.files` entry gives the harness). A missing file, or a sections file (AGENTS.md) without a section for the flow, is reported. Generate it with `flowgate project <flow_id> --harness <harness> --output <path>`.",
  message: (flowId: string, why: string) => `the required projection of ${flowId} is absent: ${why}`,
});

export const unknownFlow = defineRule({
  id: "projection/unknown-flow",
  severity: "error",
  category: C,
  summary: "A projection's marker names no flow version the workspace defines, or names none readably.",
  help: "A projection is checked against the flow its marker names (`flow_id@X.Y.Z`). When the workspace has no bundle of that flow, or only older versions than the one claimed, nothing can vouch for its content, so it fails. Regenerate it from a flow in the workspace, or delete it with its flow.",
  message: (claim: string, why: string) => `the marker ${claim}, ${why}: nothing in the workspace can vouch for this projection`,
});

export const unrenderable = defineRule({
  id: "projection/unrenderable",
  severity: "error",
  category: C,
  summary: "The flow a projection names cannot be rendered within the 65536-byte cap.",
  help: "Knowtation caps a rendered projection at 65536 bytes: steps past the cap are left out (a fidelity note says so). When the flow's title and summary alone exceed the cap, no projection of it exists and this one cannot be compared. Shorten the flow's summary.",
  message: (flowRef: string, why: string) => `${flowRef} cannot be rendered: ${why}`,
});
