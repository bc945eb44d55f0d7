import { optimizeLate } from "../core/index";
import { startServer } from "./server";

/** dist/lsp.js: what `flowgate lsp --stdio` loads (built separately so the CLI stays small). */
export function runLanguageServer(): void {
  startServer();
}

// Run as a Node module (the VS Code extension's language client forks dist/lsp.js with --stdio).
if (require.main === module) {
  optimizeLate();
  startServer();
}
