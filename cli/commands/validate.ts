import { statSync } from "node:fs";
import { join, relative } from "node:path";
import picomatch from "picomatch";
import { loadConfig, validateAnyFile, type ValidatedFile, toRepoPath, limitsOf, describeFsError, readSourceText, walkFiles, buildReport, renderReport } from "../../core/index";
import { EXIT, type CliIO, type Command, UsageError } from "../io";
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, absolute, emit, parse, reportFlags, textOptions } from "../options";

/** Arguments are files or globs (relative to the current directory, or absolute); a glob matching nothing is a usage error. */
export function expand(io: CliIO, patterns: string[]): string[] {
  const out = new Set<string>();
  const walked = new Map<string, string[]>();
  for (const p of patterns) {
    const abs = absolute(io, p);
    const kind = fileKind(abs);
    if (kind === "file") {
      out.add(toRepoPath(relative(io.cwd, abs)));
      continue;
    }
    if (!picomatch.scan(p).isGlob) throw new UsageError(kind === "missing" ? `no such file: ${p}` : `not a file: ${p} (${kind})`);
    // Walk from the glob's literal base, so `../flows/*.yaml` and `/abs/**/*.bp.json` reach outside the current directory.
    const { base, glob } = picomatch.scan(toRepoPath(p));
    const root = absolute(io, base || ".");
    if (!walked.has(root)) walked.set(root, walkFiles(root));
    const match = picomatch(glob, { dot: true });
    const hits = walked.get(root)!.filter((f) => match(f)).map((f) => toRepoPath(relative(io.cwd, join(root, f))));
    if (hits.length === 0) throw new UsageError(`no files match ${p}`);
    hits.forEach((h) => out.add(h));
  }
  return [...out].sort();
}

/** What a path argument is; a directory, FIFO or symlink loop is named rather than called missing. */
function fileKind(abs: string): string {
  try {
    const st = statSync(abs);
    return st.isFile() ? "file" : st.isDirectory() ? "a directory; use `flowgate check DIR` or a glob" : "not a regular file";
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR" ? "missing" : describeFsError(e);
  }
}

export const validateCommand: Command = {
  name: "validate",
  summary: "validate flow bundles and Blueprints, saying which dialect each file was read as",
  usage: `Usage: flowgate validate <files|globs...> [options]

Validates each file as a Knowtation Flow v0 bundle or an mlua-swarm Blueprint. The dialect
comes from .flowgate.yml, then the file name (*.flow.json|yaml|yml, *.bp.json|yaml,
*.blueprint.json|yaml|yml), then the content; each file's dialect and why is printed.

Options:
${REPORT_OPTIONS_HELP}
  -c, --config FILE       configuration file (default: ./.flowgate.yml when present)`,
  async run(args, io) {
    const { values, positionals } = parse(args, { ...REPORT_OPTIONS, config: { type: "string", short: "c" } });
    if (values.help) return io.stdout(this.usage + "\n"), EXIT.passed;
    if (positionals.length === 0) throw new UsageError("validate needs at least one file or glob");
    const { config } = loadConfig(io.cwd, values.config);
    const { format, failOn } = reportFlags(values, config["fail-on"]);
    const validated: ValidatedFile[] = expand(io, positionals).map((file) => {
      const read = readSourceText(absolute(io, file), file, limitsOf(config));
      return read.text === undefined ? { file, reason: read.findings[0]!.message, findings: read.findings } : validateAnyFile(file, read.text, config);
    });
    const result = { name: "validate", title: "Validation", findings: validated.flatMap((v) => v.findings), files: validated.map((v) => v.file), details: { validated: validated.map(({ file, dialect, reason }) => ({ file, dialect: dialect ?? null, reason })) } };
    const gate = { report: buildReport([result], failOn), results: [result] };
    const header = format === "text" ? validated.map((v) => `${v.file}: ${v.dialect ? `read as ${v.dialect} (${v.reason})` : `not validated (${v.reason})`}\n`).join("") : "";
    emit(io, header + renderReport(gate, format, textOptions(io, values)), values.output);
    return gate.report.summary.passed ? EXIT.passed : EXIT.failed;
  },
};
