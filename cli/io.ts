/** Everything a command touches outside itself, so tests run commands in-process. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** Standard input as text (for `-` arguments). */
  readStdin: () => Promise<string>;
}

/** Bad flags or arguments: exit 2 with the message and a pointer to --help. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const EXIT = { passed: 0, failed: 1, usage: 2 } as const;

export interface Command {
  name: string;
  summary: string;
  /** Full `--help` text. */
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}
