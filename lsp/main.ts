import { startServer } from "./server";

/** dist/lsp.js: what `flowgate lsp --stdio` loads (built separately so the CLI stays small). */
export function runLanguageServer(): void {
  startServer();
}
