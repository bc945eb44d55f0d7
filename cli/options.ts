import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { failOnSchema, type FailOn, GitError, resolveRev, type ReportFormat, reportFormatSchema, describeFsError, writeReportFile } from "../core/index";
import { type CliIO, UsageError } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Flags every reporting command shares. */
export const REPORT_OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "fail-on": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const satisfies Options;

export const REPORT_OPTIONS_HELP = `  -f, --format FORMAT     text (default), json, sarif, markdown, junit,
                          gitlab (Code Quality), github (workflow-command annotations)
  -o, --output FILE       write the report to FILE instead of standard output
      --fail-on LEVEL     error (default), warning or never: what makes the exit code 1
  -q, --quiet             text format: print only errors and the summary line
  -h, --help              this help`;

/** parseArgs' result for these options, named because tsc -b emits the CLI's declarations (test/ builds against them). */
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

export function parse<T extends Options>(args: string[], options: T): Parsed<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
  }
}

export function enumFlag<T extends string>(name: string, value: string | undefined, schema: { options: readonly T[] }, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(schema.options as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${schema.options.join(", ")}; got "${value}"`);
  return value as T;
}

export function reportFlags(values: { format?: string | boolean; "fail-on"?: string | boolean }, defaultFailOn: FailOn = "error") {
  return {
    format: enumFlag<ReportFormat>("format", values.format as string | undefined, reportFormatSchema, "text"),
    failOn: enumFlag<FailOn>("fail-on", values["fail-on"] as string | undefined, failOnSchema, defaultFailOn),
  };
}

export function absolute(io: CliIO, path: string): string {
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

/** How the text report looks: colour only on a terminal (not into a file, not with NO_COLOR); --quiet. */
export function textOptions(io: CliIO, values: { output?: string | boolean; quiet?: string | boolean }): { color: boolean; quiet: boolean } {
  return { color: io.isTTY && !values.output && !io.env.NO_COLOR, quiet: values.quiet === true };
}

/** Write the report where asked; a file gets the whole text, stdout too when no file is given. */
export function emit(io: CliIO, text: string, output: string | undefined): void {
  if (!output) return io.stdout(text);
  const path = absolute(io, output);
  try {
    // In CI the checkout is a pull request's: a link it commits at the output path is replaced, never followed.
    const refused = writeReportFile(io.cwd, path, text);
    if (refused) throw new UsageError(`cannot write --output ${output}: it ${refused}`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot write --output ${output}: ${describeFsError(e)}`);
  }
}

/** A list of paths from a file or `-` (standard input), one per line. */
export async function readPathList(io: CliIO, source: string): Promise<string[]> {
  let text: string;
  try {
    text = source === "-" ? await io.readStdin() : readFileSync(absolute(io, source), "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${source}: ${describeFsError(e)}`);
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/\\/g, "/").replace(/^\.\//, ""))
    .filter(Boolean);
}

/** `--base` must name a commit; say so plainly instead of echoing `git rev-parse`'s failure. */
export function requireCommit(root: string, rev: string): void {
  try {
    resolveRev(root, rev);
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    throw new UsageError(/not a git repository/i.test(e.message) ? `--base ${rev}: ${root} is not inside a git repository` : `--base ${rev}: no such commit in this repository`);
  }
}
