import { ConfigError, GitError, TOOL_VERSION } from "../core/index";
import { checkCommand } from "./commands/check";
import { evaluateCommand } from "./commands/evaluate";
import { goldenCommand } from "./commands/golden";
import { reportCommand } from "./commands/report";
import { explainCommand } from "./commands/explain";
import { lspCommand } from "./commands/lsp";
import { mergeCommand } from "./commands/merge";
import { projectCommand } from "./commands/project";
import { rulesCommand } from "./commands/rules";
import { runCommand } from "./commands/run";
import { scanCommand } from "./commands/scan";
import { validateCommand } from "./commands/validate";
import { EXIT, type CliIO, type Command, UsageError } from "./io";

/** Every `flowgate` subcommand. Later issues add scan, evaluate, golden, report, run, explain. */
export const COMMANDS: Command[] = [checkCommand, validateCommand, rulesCommand, scanCommand, runCommand, explainCommand, evaluateCommand, goldenCommand, reportCommand, lspCommand, mergeCommand, projectCommand];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `flowgate ${TOOL_VERSION} — gate AI-agent flows, code and evidence where they are built

Usage: flowgate <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`flowgate <command> --help\` for a command's options.
Exit codes: 0 passed, 1 findings at or above --fail-on (or a refusal), 2 usage or configuration error.
`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(help());
    return name ? EXIT.passed : EXIT.usage;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${TOOL_VERSION}\n`);
    return EXIT.passed;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`flowgate: unknown command "${name}"\n\n${help()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`flowgate ${name}: ${e.message}\nRun \`flowgate ${name} --help\` for usage.\n`);
      return EXIT.usage;
    }
    if (e instanceof ConfigError || e instanceof GitError) {
      io.stderr(`flowgate ${name}: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
