/**
 * Calls of network functions that their arguments keep off the network. Name lookups of an address written in numbers:
 * the system's resolver (getaddrinfo) parses `"127.0.0.1"` or `"::1"` itself, so `socket.getaddrinfo("127.0.0.1", 80)`
 * and `dns.lookup("::1")` query no server. A reverse lookup (`gethostbyaddr`, `getnameinfo`, `dns.reverse`) and a DNS
 * query (`dns.resolve4`) of one do query. And a WHATWG fetch of a `data:` URL, which the fetch answers itself.
 */
import { isIP } from "node:net";
import type { Node } from "@vscode/tree-sitter-wasm";
import { GLOBAL, RETURNED } from "./specs";
import { type Constants, type ModulePath, namedChildrenOf } from "./resolve";

/** Forward lookups through the system's resolver, as `module.member` (the member a call path ends with). */
const SYSTEM_LOOKUPS = new Set(["socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex", "asyncio.getaddrinfo", "trio.getaddrinfo", "dns.lookup", "dns/promises.lookup"]);

/** Is the call a forward lookup of an address written in numbers (a constant the scan reads: a literal, or a string constant of the file)? */
export function looksUpNumericAddress(path: ModulePath, call: Node | null, constants: Constants): boolean {
  if (!call || !SYSTEM_LOOKUPS.has(`${path.module}.${path.members.at(-1)}`)) return false;
  const args = namedChildrenOf(call);
  const host = args.find((arg) => arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === "host")?.childForFieldName("value") ?? args[0];
  const address = host && host.type !== "keyword_argument" ? constants.stringOf(host) : undefined;
  return address !== undefined && isIP(address) !== 0;
}

/** The WHATWG fetch functions (the global one, undici's), as `module.member`: each answers a `data:` URL without a request. */
const WHATWG_FETCHES = new Set([`${GLOBAL}.fetch`, "undici.fetch"]);
/**
 * What a URL parser drops before reading the scheme: C0 controls and spaces at the start, tabs and line breaks anywhere
 * (`" data:…"`, `"da\tta:…"` are `data:` URLs). Schemes are read without case.
 */
const URL_IGNORED_START = /^[\x00-\x20]+/;
const URL_IGNORED_ANYWHERE = /[\t\n\r]/g;
const DATA_SCHEME = /^data:/i;

/**
 * Is the call a WHATWG fetch of a `data:` URL (`fetch(`data:image/png;base64,${b64}`)`: the scheme is written, the rest
 * may be computed)? Only the first argument, as the scan reads its constant start; a URL object, a `Request`, a name the
 * file assigns more than once, or a call through `.call`/`.apply` is a request as before.
 */
export function fetchesDataUrl(path: ModulePath, call: Node | null, constants: Constants): boolean {
  if (!call || path.members.length !== 1 || !WHATWG_FETCHES.has(`${path.module}.${path.members[0]}`)) return false;
  const start = constantStart(namedChildrenOf(call)[0], constants);
  return start !== undefined && DATA_SCHEME.test(start.replace(URL_IGNORED_START, "").replace(URL_IGNORED_ANYWHERE, ""));
}

/** How a JavaScript string expression starts, as far as the scan reads it constant: the whole string, a template's text before its first field it cannot read, the constant left side of `+`. */
function constantStart(node: Node | undefined | null, constants: Constants): string | undefined {
  if (!node) return undefined;
  const whole = constants.stringOf(node);
  if (whole !== undefined) return whole;
  switch (node.type) {
    case "parenthesized_expression":
      return node.namedChildCount === 1 ? constantStart(node.namedChild(0), constants) : undefined;
    case "template_string": {
      let out = "";
      for (const part of node.namedChildren) {
        const text = part?.type === "string_fragment" || part?.type === "template_substitution" ? constants.stringOf(part) : undefined;
        if (text === undefined) return out;
        out += text;
      }
      return out;
    }
    case "binary_expression": {
      if (node.childForFieldName("operator")?.type !== "+") return undefined;
      const left = node.childForFieldName("left");
      const leftText = constants.stringOf(left);
      return leftText === undefined ? constantStart(left, constants) : leftText + (constantStart(node.childForFieldName("right"), constants) ?? "");
    }
    default:
      return undefined;
  }
}

/**
 * Is the call a Python socket's `sendmsg` given no address (its fourth argument; fifth unbound, `socket.sendmsg(s, …)`)?
 * It sends to the peer the socket is connected to, whose connect is the crossing, as `send` does (anyio's `send_fds`).
 */
export function sendsToConnectedPeer(path: ModulePath, call: Node | null): boolean {
  if (!call || path.members.at(-1) !== "sendmsg") return false;
  const args = namedChildrenOf(call);
  if (args.some((arg) => arg.type !== "keyword_argument" && arg.type !== "comment" && arg.type.endsWith("splat"))) return false;
  return args.filter((arg) => arg.type !== "keyword_argument" && arg.type !== "comment").length < (path.members.at(-2) === RETURNED ? 4 : 5);
}
