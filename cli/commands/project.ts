import { existsSync } from "node:fs";
import { relative } from "node:path";
import { limitsOf, loadConfig, readSourceText, toRepoPath, walkFiles } from "../../core/index";
import { HARNESSES, PROJECTION_GENERATOR_VERSION, UNSUPPORTED_HARNESSES, asSection, isProjectionStale, latestOf, parseFlowBundle, placeOf, readWorkspaceFlows, renderProjection, type RenderedHarness, writeProjection } from "../../core/projection";
import { compareSemver } from "../../core/flow";
import { EXIT, type CliIO, type Command, UsageError } from "../io";
import { absolute, parse } from "../options";

const RENDERED = ["cursor_rule", "cli_runbook"];
const FLOW_REF = /^(flow_[a-z0-9_]{1,64})(?:@(.+))?$/;

/** The bundle to render: a flow file, or a flow of the workspace by id (its latest version unless @version is given). */
function resolveBundle(io: CliIO, root: string, target: string, config: ReturnType<typeof loadConfig>["config"]) {
  const flows = readWorkspaceFlows(root, walkFiles(root, config.exclude), config);
  const ref = FLOW_REF.exec(target);
  if (ref && !existsSync(absolute(io, target))) {
    const known = flows.get(ref[1]!);
    const version = ref[2] ? known?.versions.get(ref[2]) : known && latestOf(known);
    if (!version) return { error: ref[2] ? `the workspace has no ${ref[1]}@${ref[2]}${known ? ` (versions: ${[...known.versions.keys()].sort((a, b) => compareSemver(b, a)).join(", ") || "none readable"})` : ""}` : `the workspace has no flow ${ref[1]}` };
    return { bundle: version.bundle, flows };
  }
  const path = absolute(io, target);
  const shown = toRepoPath(relative(io.cwd, path) || path);
  const read = readSourceText(path, shown, limitsOf(config));
  if (read.text === undefined) return { error: `${shown} ${read.findings[0]!.message}` };
  const parsed = parseFlowBundle(shown, read.text, config);
  return "error" in parsed ? { error: parsed.error } : { bundle: parsed.bundle, flows };
}

export const projectCommand: Command = {
  name: "project",
  summary: "render a flow's projection (a Cursor rule or a CLI runbook) from its canonical bundle",
  usage: `Usage: flowgate project <flow file | flow_id[@version]> --harness HARNESS [options]

Renders a Knowtation Flow v0 bundle as a projection agents read, deterministically and in
Knowtation's layout, under the marker
  <!-- GENERATED FROM CANONICAL FLOW flow_id@X.Y.Z (generator v1) sha256:… — DO NOT EDIT; … -->
A flow_id is looked up among the workspace's flow bundles (the latest version, or @version).
Fields the harness has no place for are listed on standard error (fidelity). A projection is
capped at 65536 bytes: steps past the cap are left out and the fidelity notes say how many.
The \`projections\` check of \`flowgate check\` gates what this writes.

Harnesses: cursor_rule (.mdc with description/globs/alwaysApply front matter), cli_runbook
(markdown). agent_bundle, cursor_skill and mcp_prompt are refused (FLOW_HARNESS_UNSUPPORTED, exit 1).

Options:
      --harness HARNESS   cursor_rule or cli_runbook (required)
  -o, --output FILE       write the projection to FILE; when FILE is a sections file of
                          projections.files (AGENTS.md by default), replace the flow's section
                          in it or append one
      --section           print (or write) the marked-section form used in AGENTS.md
      --json              print Knowtation's knowtation.flow_project/v0 envelope instead
  -c, --config FILE       configuration file (default: ./.flowgate.yml when present)
  -h, --help              this help`,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      harness: { type: "string" },
      output: { type: "string", short: "o" },
      section: { type: "boolean" },
      json: { type: "boolean" },
      config: { type: "string", short: "c" },
      help: { type: "boolean", short: "h" },
    });
    if (values.help) return io.stdout(this.usage + "\n"), EXIT.passed;
    if (positionals.length !== 1) throw new UsageError("give one flow file or flow_id[@version]");
    const harness = values.harness;
    if (!harness) throw new UsageError(`--harness is required (${RENDERED.join(" or ")})`);
    if (UNSUPPORTED_HARNESSES[harness]) return io.stderr(`flowgate project: FLOW_HARNESS_UNSUPPORTED: ${UNSUPPORTED_HARNESSES[harness]}\n`), EXIT.failed;
    if (!RENDERED.includes(harness)) throw new UsageError(`--harness must be one of ${RENDERED.join(", ")} (Flow v0 harnesses: ${HARNESSES.join(", ")}); got "${harness}"`);
    const root = io.cwd;
    const { config } = loadConfig(root, values.config);
    const resolved = resolveBundle(io, root, positionals[0]!, config);
    if ("error" in resolved) return io.stderr(`flowgate project: ${resolved.error}\n`), EXIT.failed;
    const result = renderProjection(resolved.bundle!, harness as RenderedHarness);
    if ("error" in result) return io.stderr(`flowgate project: ${result.error}\n`), EXIT.failed;
    const p = result.projection;
    const output = values.output ? absolute(io, values.output) : undefined;
    const outRel = output ? toRepoPath(relative(root, output)) : undefined;
    const asSectionForm = values.section === true || (outRel !== undefined && placeOf(config, outRel)?.sections === true);
    if (asSectionForm && harness !== "cli_runbook") throw new UsageError("only a cli_runbook can be a marked section (a cursor_rule starts with front matter)");
    const text = asSectionForm ? asSection(p) : p.rendered;
    const { fidelity } = p;
    if (fidelity.dropped_fields.length > 0 || fidelity.notes) io.stderr(`fidelity: ${harness} drops ${fidelity.dropped_fields.join(", ") || "nothing"}${fidelity.notes ? ` (${fidelity.notes})` : ""}\n`);
    if (output) {
      const failed = writeProjection(root, output, text, asSectionForm ? { flowId: p.flow_id } : undefined);
      if (failed) return io.stderr(`flowgate project: ${failed}\n`), EXIT.failed;
    }
    if (values.json) {
      const known = resolved.flows.get(p.flow_id);
      const latest = (known && latestOf(known)?.version) ?? p.flow_version;
      const { content_hash, ...projection } = p;
      const envelope = { schema: "knowtation.flow_project/v0", projection, staleness: { stale: isProjectionStale(p.flow_version, latest), projection_version: p.flow_version, latest_version: latest }, generator: { generator_version: PROJECTION_GENERATOR_VERSION, content_hash } };
      io.stdout(JSON.stringify(envelope, null, 2) + "\n");
    } else if (!output) io.stdout(text);
    return EXIT.passed;
  },
};
