import { defineRule } from "../kernel/rule";
import { TIMESTAMP_FORM } from "./schema";

const C = "flow";

export const requiredField = defineRule({
  id: "flow/required-field",
  severity: "error",
  category: C,
  summary: "A required flow or step field is missing.",
  help: "Knowtation rejects a bundle missing any required field of knowtation.flow/v0 or knowtation.flow_step/v0, and imports are all-or-nothing. Add the field.",
  message: (record: string, field: string) => `${record} is missing required field \`${field}\``,
});

export const anatomyIncomplete = defineRule({
  id: "flow/anatomy-incomplete",
  severity: "error",
  category: C,
  summary: "A step lacks trigger, when_not_to_run, output_shape or verification.",
  help: "Spec §1.4: a step without trigger, when_not_to_run, output_shape and verification \"is a doc, not a Flow step\" and fails validation. Say when to run it, when not to, what it produces, and how it is verified.",
  message: (step: string, field: string) => `${step} is missing \`${field}\` (anatomy completeness: a step without it is a doc, not a Flow step)`,
});

export const wrongType = defineRule({
  id: "flow/wrong-type",
  severity: "error",
  category: C,
  summary: "A field has the wrong JSON type.",
  help: "Each field of a flow bundle has one type (string, boolean, integer, array, object). Use the type the spec gives.",
  message: (field: string, expected: string, actual: string) => `\`${field}\` must be ${expected}, not ${actual}`,
});

export const schemaTag = defineRule({
  id: "flow/schema-tag",
  severity: "error",
  category: C,
  summary: "The `schema` discriminator is not the expected constant.",
  help: "A flow record's `schema` is `knowtation.flow/v0` and a step's is `knowtation.flow_step/v0`; anything else is another format or version.",
  message: (expected: string, actual: string) => `\`schema\` must be \`${expected}\`, not ${actual}`,
});

export const invalidEnum = defineRule({
  id: "flow/invalid-enum",
  severity: "error",
  category: C,
  summary: "A field holds a value outside its enumeration.",
  help: "Enumerated fields (scope, verification.kind, automatable, skill_refs[].kind, requires[].kind) accept only the values the spec lists.",
  message: (field: string, actual: string, allowed: readonly string[], hint: string) => `\`${field}\` is ${actual}; expected one of ${allowed.map((a) => `\`${a}\``).join(", ")}${hint}`,
});

export const invalidFlowId = defineRule({
  id: "flow/invalid-flow-id",
  severity: "error",
  category: C,
  summary: "A flow id does not match `^flow_[a-z0-9_]{1,64}$`.",
  help: "Flow ids are `flow_` followed by 1–64 lowercase letters, digits or underscores (FLOW_ID_RE).",
  message: (field: string, value: string) => `\`${field}\` ${value} is not a flow id (flow_ + 1-64 of [a-z0-9_])`,
});

export const invalidStepId = defineRule({
  id: "flow/invalid-step-id",
  severity: "error",
  category: C,
  summary: "A step id is not `<flow_id>#<ordinal>` with ordinal ≥ 1 and no leading zero.",
  help: "Step ids are the flow id, `#`, and the step's ordinal (≥ 1, no leading zero): `flow_weekly_review#1`.",
  message: (field: string, value: string) => `\`${field}\` ${value} is not a step id (<flow_id>#<ordinal>, ordinal ≥ 1, no leading zero)`,
});

export const invalidVersion = defineRule({
  id: "flow/invalid-version",
  severity: "error",
  category: C,
  summary: "`version` is not strict X.Y.Z semver.",
  help: "Flow versions are strict semver without prerelease or build parts (`1.4.0`, not `1.4` or `v1.4.0`); runs pin them.",
  message: (value: string) => `\`version\` ${value} is not strict X.Y.Z semver`,
});

export const invalidTimestamp = defineRule({
  id: "flow/invalid-timestamp",
  severity: "error",
  category: C,
  summary: "`updated` is not an ISO 8601 extended calendar date or date-time, or names a day that does not exist.",
  help: `\`updated\` is accepted as ${TIMESTAMP_FORM} (ISO 8601 extended format, upper-case T and Z), such as \`2026-06-20\` or \`2026-06-20T09:30:00Z\`. The date must exist (2026-02-30 does not; leap days do), hours run 00–23, minutes and seconds 00–59. Other ISO 8601 forms are refused: basic (\`20260620\`), week (\`2026-W25\`) and ordinal (\`2026-171\`) dates, which Knowtation's ordering by \`Date.parse(updated)\` reads as NaN, and reduced precision (\`2026-06\`: a month, not a day). Knowtation's code only requires a non-blank string, so \`flows.profile: code\` checks presence, not the form.`,
  message: (value: string, why: string) => `\`updated\` ${value} ${why}`,
});

export const blankText = defineRule({
  id: "flow/blank-text",
  severity: "error",
  category: C,
  summary: "A text field that must say something is empty or whitespace.",
  help: "title, owned_job, instruction, trigger, when_not_to_run, output_shape, updated, verification.kind and verification.description must be non-blank: a blank one is as good as missing, and Knowtation's validateFlowBundle refuses it (`flow.updated is required`, `step.verification.kind is required`) in either profile.",
  message: (field: string) => `\`${field}\` is blank`,
});

export const outOfRange = defineRule({
  id: "flow/out-of-range",
  severity: "error",
  category: C,
  summary: "A number or list is outside its allowed size.",
  help: "ordinal is an integer from 1 to 2^53 − 1 (above that JSON readers round it, so the ordinal and the step id built from it are not what is written); the bundle's steps and flow.steps are non-empty arrays (Knowtation: `bundle.steps must be a non-empty array`); flow.steps has at most 100 entries and tags at most 32 (spec only).",
  message: (field: string, detail: string) => `\`${field}\` ${detail}`,
});

export const stepIdMismatch = defineRule({
  id: "flow/step-id-mismatch",
  severity: "error",
  category: C,
  summary: "A step's id is not `<flow_id>#<ordinal>` for its own flow id and ordinal.",
  help: "Knowtation requires step_id to equal buildFlowStepId(flow_id, ordinal). The quick fix rewrites it.",
  message: (actual: string, expected: string) => `step_id \`${actual}\` should be \`${expected}\` (its flow_id and ordinal)`,
});

export const duplicateOrdinal = defineRule({
  id: "flow/duplicate-ordinal",
  severity: "error",
  category: C,
  summary: "Two steps share an ordinal.",
  help: "Ordinals order the steps and form their ids; each must be unique.",
  message: (ordinal: number, first: number) => `ordinal ${ordinal} is already used by steps[${first}]`,
});

export const duplicateStepId = defineRule({
  id: "flow/duplicate-step-id",
  severity: "error",
  category: C,
  summary: "A step id appears twice.",
  help: "Step ids identify steps in runs and in flow.steps; each must be unique.",
  message: (id: string, where: string) => `step id \`${id}\` is duplicated (also ${where})`,
});

export const stepFlowMismatch = defineRule({
  id: "flow/step-flow-mismatch",
  severity: "error",
  category: C,
  summary: "A step's flow_id is not the flow's.",
  help: "Every step record in a bundle belongs to the bundle's flow.",
  message: (actual: string, expected: string) => `step flow_id \`${actual}\` is not the flow's \`${expected}\``,
});

export const stepsListMismatch = defineRule({
  id: "flow/steps-list-mismatch",
  severity: "error",
  category: C,
  summary: "`flow.steps` does not list exactly the step ids in ascending ordinal order.",
  help: "flow.steps must equal the step records' ids sorted by ordinal: every step referenced, none missing, no extras, no duplicates. The quick fix rewrites it from the step records.",
  message: (detail: string) => `flow.steps ${detail}`,
});

export const ordinalGap = defineRule({
  id: "flow/ordinal-gap",
  severity: "warning",
  category: C,
  summary: "Step ordinals skip a number.",
  help: "Knowtation allows gaps (1, 3), but they are usually a deleted step whose neighbours were not renumbered. Renumber, or keep the gap deliberately.",
  message: (after: number, next: number) => `ordinals jump from ${after} to ${next}`,
});

export const automatableUnverifiable = defineRule({
  id: "flow/automatable-unverifiable",
  severity: "error",
  category: C,
  summary: "An automatable step is verified by human_review, which no automated run can satisfy.",
  help: "An `automatable` step runs without a person, but `human_review` verification is manual approval only: the executor can never verify it. Use a machine-checkable verification kind (artifact_exists, value_match, test_pass, agent_check), or make the step agent_assisted/manual.",
  message: (why: string) => `automatable step can never be verified automatically: ${why}`,
});

export const automatableWithoutEvidence = defineRule({
  id: "flow/automatable-without-evidence",
  severity: "warning",
  category: C,
  summary: "An automatable step does not require evidence, so it can be marked done with none.",
  help: "Knowtation checks evidence only when `verification.evidence_required` is true; an `automatable` step with `evidence_required: false` can be advanced to `done` without any evidence, so nothing records that the unattended run did its job. Set `evidence_required: true` unless the step's outcome really needs no proof.",
  message: () => "automatable step has `evidence_required: false`: Knowtation lets it be marked done without any evidence of what the unattended run did",
});

export const automatableExternalTool = defineRule({
  id: "flow/automatable-external-tool",
  severity: "error",
  category: C,
  summary: "An automatable step references an external_tool skill.",
  help: "The execution gate refuses automatable execution through external_tool skill refs (FLOW_EXECUTION_POLICY_FORBIDDEN). Use an mcp_prompt, skill_pack or cli ref, or make the step manual.",
  message: (id: string) => `automatable step references external_tool \`${id}\`, which the execution gate refuses`,
});

export const unsafeMirrorPath = defineRule({
  id: "flow/unsafe-mirror-path",
  severity: "error",
  category: C,
  summary: "`vault_mirror_path` is absolute or climbs out with `..`.",
  help: "The mirror path is written inside the vault; an absolute path or `..` segment would write outside it.",
  message: (value: string, why: string) => `vault_mirror_path ${value} ${why}`,
});

export const automatableForbidden = defineRule({
  id: "flow/automatable-forbidden",
  severity: "error",
  category: C,
  summary: "Policy forbids non-manual steps (Knowtation's import sandbox).",
  help: "With `flows.policy.automatable-forbidden: true`, Knowtation refuses to import any step that is not `manual` (FLOW_IMPORT_AUTOMATABLE_DENIED).",
  message: (value: string) => `policy forbids \`${value}\` steps (automatable-forbidden); only manual steps are allowed`,
});

export const unknownKey = defineRule({
  id: "flow/unknown-key",
  severity: "warning",
  category: C,
  summary: "A key the format does not define.",
  help: "Unknown keys are ignored by Knowtation, so a misspelt field silently does nothing. Fix the spelling or remove it.",
  message: (record: string, key: string, hint: string) => `unknown key \`${key}\` in ${record}${hint}`,
});

export const versionNotBumped = defineRule({
  id: "flow/version-not-bumped",
  severity: "error",
  category: "versions",
  summary: "Steps or verification changed against the base but flow.version did not increase.",
  help: "Runs pin a flow version; changing a version's steps in place changes what in-flight runs execute. Bump the version (removed steps or tightened verification: major; added steps: minor; rewording: patch).",
  message: (version: string, what: string, base: string) => `flow ${version} changed ${what} since ${base} without a version bump`,
});

export const versionDecreased = defineRule({
  id: "flow/version-decreased",
  severity: "error",
  category: "versions",
  summary: "flow.version went down against the base.",
  help: "Versions only go up: \"latest\" is the highest semver, so a lower version hides the change and breaks pins.",
  message: (version: string, baseVersion: string, base: string) => `flow.version ${version} is lower than ${baseVersion} at ${base}`,
});

export const majorBumpSuggested = defineRule({
  id: "flow/major-bump-suggested",
  severity: "warning",
  category: "versions",
  summary: "A breaking step change came with only a minor or patch bump.",
  help: "Removing a step or tightening verification breaks callers that pinned the old contract; Knowtation's classification calls that a MAJOR change.",
  message: (what: string, from: string, to: string) => `${what}; ${from} → ${to} is not a major bump`,
});

export const duplicateFlowVersion = defineRule({
  id: "flow/duplicate-flow-version",
  severity: "error",
  category: C,
  summary: "Two files define the same flow_id and version with different steps.",
  help: "Runs pin a flow by flow_id and version; when two files define that pair differently, nobody can tell which steps a run follows. Give one of them a new version, or delete the stale copy.",
  message: (flow: string, other: string) => `${flow} is also defined, differently, in ${other}`,
});
