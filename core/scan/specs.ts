/**
 * The default boundary table, as data: which module members count as leaving the sandbox.
 * Custom rules from .flowgate.yml are turned into the same shape (see config.ts).
 */
import type { Severity } from "../findings";

export type ScanLanguage = "python" | "javascript";
export type BoundaryCategory = "shell" | "network" | "model";

export interface BoundarySpec {
  language: ScanLanguage;
  /**
   * Python: the dotted module path (`urllib.request`). JavaScript: the module specifier without a
   * `node:` prefix (`child_process`, `@anthropic-ai/sdk`), or GLOBAL for globals (fetch, Bun, Deno).
   */
  module: string;
  /**
   * Member names reached from the module (first segment after it). `*` = any member and the module
   * itself (a default export called or constructed); DEFAULT = the module itself only.
   */
  members: readonly string[];
  /** Members `*` does not cover (configuration objects, type namespaces). */
  except?: readonly string[];
  /** `call` = f(...), `new` = new F(...) (JavaScript only; Python constructors are calls), `any` = both. */
  kind: "call" | "new" | "any";
  category: BoundaryCategory;
  /** Set for custom rules: id, severity and message from config. */
  custom?: { id: string; message: string; severity: Severity };
  /** Report the import itself when the module is imported and no call through it is found. */
  reportImport?: boolean;
}

export const ANY = "*";
/** The module object itself (a default export, or `axios(...)`). */
export const DEFAULT = "default";
/** Pseudo-module of JavaScript globals: fetch, Bun, Deno (reached bare or through globalThis). */
export const GLOBAL = "<global>";

const py = (module: string, members: readonly string[], category: BoundaryCategory, except?: readonly string[]): BoundarySpec => ({ language: "python", module, members, category, kind: "any", except });
const js = (module: string, members: readonly string[], category: BoundaryCategory, kind: BoundarySpec["kind"] = "any", except?: readonly string[]): BoundarySpec => ({ language: "javascript", module, members, category, kind, except });

const OS_EXEC = ["execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe"];
const OS_SPAWN = ["spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe", "posix_spawn", "posix_spawnp"];
const CHILD_PROCESS = ["exec", "execSync", "execFile", "execFileSync", "spawn", "spawnSync", "fork"];

export const DEFAULT_SPECS: readonly BoundarySpec[] = [
  // Python — shell
  py("os", ["system", "popen", ...OS_EXEC, ...OS_SPAWN], "shell"),
  py("subprocess", [ANY], "shell"),
  py("pty", ["spawn"], "shell"),
  // Not in the list, but the same escape: asyncio's subprocess API runs commands just like subprocess.
  py("asyncio", ["create_subprocess_exec", "create_subprocess_shell"], "shell"),
  // Python — network
  py("requests", [ANY], "network", ["exceptions", "codes", "status_codes", "utils", "structures", "auth", "HTTPBasicAuth", "HTTPDigestAuth", "adapters", "packages", "cookies", "hooks", "certs"]),
  py("httpx", [ANY], "network", ["Timeout", "Limits", "URL", "Headers", "Cookies", "QueryParams", "BasicAuth", "DigestAuth", "codes"]),
  py("urllib.request", ["urlopen", "Request", "build_opener"], "network"),
  py("http.client", ["HTTPConnection", "HTTPSConnection"], "network"),
  py("aiohttp", ["ClientSession", "request"], "network"),
  py("socket", ["create_connection", "socket"], "network"),
  // Python — model SDKs
  py("openai", [ANY], "model", ["types", "NOT_GIVEN", "NotGiven"]),
  py("anthropic", [ANY], "model", ["types", "NOT_GIVEN", "NotGiven", "HUMAN_PROMPT", "AI_PROMPT"]),
  py("google.generativeai", [ANY], "model", ["types"]),
  py("google.genai", [ANY], "model", ["types"]),
  py("cohere", [ANY], "model", ["types"]),
  py("mistralai", [ANY], "model", ["models"]),
  py("litellm", ["completion", "acompletion"], "model"),
  // JavaScript / TypeScript — shell
  js("child_process", CHILD_PROCESS, "shell"),
  js(GLOBAL, ["Bun.spawn", "Bun.spawnSync", "Deno.run"], "shell", "call"),
  js(GLOBAL, ["Deno.Command"], "shell", "new"),
  // JavaScript / TypeScript — network
  js(GLOBAL, ["fetch"], "network", "call"),
  js("http", ["request", "get"], "network", "call"),
  js("https", ["request", "get"], "network", "call"),
  js("axios", [ANY], "network", "any", ["isAxiosError", "isCancel", "AxiosError", "CanceledError", "AxiosHeaders", "toFormData", "formToJSON", "mergeConfig", "getAdapter", "HttpStatusCode", "interceptors", "defaults", "CancelToken", "Cancel", "all", "spread"]),
  js("got", [ANY], "network", "any", ["RequestError", "HTTPError", "TimeoutError"]),
  js("node-fetch", [ANY], "network", "any", ["Headers", "Request", "Response", "FormData", "Blob", "File", "FetchError", "AbortError", "isRedirect"]),
  js("undici", ["request", "fetch", "Client", "Pool", "Agent", "stream", "connect"], "network"),
  // JavaScript / TypeScript — model SDKs (client construction and module-level calls)
  js("openai", [ANY], "model", "any", ["toFile"]),
  js("@anthropic-ai/sdk", [ANY], "model", "any", ["toFile"]),
  js("@google/generative-ai", [ANY], "model"),
  js("@google/genai", [ANY], "model"),
  js("cohere-ai", [ANY], "model"),
  js("@mistralai/mistralai", [ANY], "model"),
];
