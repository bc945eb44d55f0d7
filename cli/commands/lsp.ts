import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Command, EXIT, UsageError } from "../io";

const USAGE = `Usage: flowgate lsp --stdio

Run Flowgate's language server (LSP 3.17) over stdin/stdout, for any editor with an LSP client:
boundary-scan warnings, flow, Blueprint, evidence and ledger diagnostics, quick fixes and hovers.
Start it from the workspace folder. Settings come from workspace/configuration (section "flowgate").

Options:
  --stdio   Talk LSP on stdin/stdout (the only transport)
  --help    Show this help
`;

/** The server is its own bundle next to the CLI's (dist/lsp.js): the CLI never loads it unless asked, and core never imports a host. */
export const lspCommand: Command = {
  name: "lsp",
  summary: "Run the language server for editors (LSP over stdio)",
  usage: USAGE,
  async run(args, io) {
    if (args.includes("--help") || args.includes("-h")) {
      io.stdout(USAGE);
      return EXIT.passed;
    }
    const unknown = args.filter((a) => a !== "--stdio" && !a.startsWith("--clientProcessId"));
    if (unknown.length) throw new UsageError(`unknown argument ${JSON.stringify(unknown[0])}`);
    if (!args.includes("--stdio")) throw new UsageError("--stdio is required (the only transport)");
    const bundle = join(__dirname, "lsp.js");
    if (!existsSync(bundle)) throw new UsageError("the language server bundle (lsp.js) is not next to the CLI; run `npm run build`");
    (require(bundle) as { runLanguageServer(): void }).runLanguageServer();
    // The server ends the process itself (exit notification, or the client closing stdin).
    return new Promise<number>(() => {});
  },
};
