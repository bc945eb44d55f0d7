/**
 * Name lookups that send nothing for an address written in numbers: the system's resolver (getaddrinfo) parses
 * `"127.0.0.1"` or `"::1"` itself, so `socket.getaddrinfo("127.0.0.1", 80)` and `dns.lookup("::1")` query no server. A
 * reverse lookup (`gethostbyaddr`, `getnameinfo`, `dns.reverse`) and a DNS query (`dns.resolve4`) of one do query.
 */
import { isIP } from "node:net";
import type { Node } from "@vscode/tree-sitter-wasm";
import { RETURNED } from "./specs";
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
