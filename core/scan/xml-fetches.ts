/**
 * XML parsers whose requests depend on their arguments: SAX's `parse` opens a source given as a string with urlopen
 * when no file has that name (`xml.sax.saxutils.prepare_input_source`), and a SAX parser with external general entities
 * on fetches what the document's DTD names (the document is data). The table lists them (specs.ts, `xml.sax`); a call
 * counts only where its arguments fix a request: a URL the text writes, the feature set on. A source that is no constant
 * may be a path or a URL alike (as pandas.read_csv's): the table cannot tell them apart, and it is not reported.
 */
import type { Node } from "@vscode/tree-sitter-wasm";
import { type Constants, type ModulePath, namedChildrenOf } from "./resolve";
import { RETURNED } from "./specs";

/** SAX's calls reading the source they are given (a string is a path or a URL), as `module.members` of the table's paths. */
const SAX_PARSES = new Set(["xml.sax.parse", `xml.sax.make_parser.${RETURNED}.parse`, `xml.sax.expatreader.create_parser.${RETURNED}.parse`, `xml.sax.expatreader.ExpatParser.${RETURNED}.parse`, "xml.sax.saxutils.prepare_input_source"]);
/** A SAX parser's `setFeature`, which turns external general entities on (SAX_FEATURE). */
const SAX_SET_FEATURE = new Set([`xml.sax.make_parser.${RETURNED}.setFeature`, `xml.sax.expatreader.create_parser.${RETURNED}.setFeature`, `xml.sax.expatreader.ExpatParser.${RETURNED}.setFeature`]);
/** The feature that fetches external general entities (`xml.sax.handler.feature_external_ges`): its value, and its path. */
const EXTERNAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
const EXTERNAL_ENTITIES_NAME = "xml.sax.handler.feature_external_ges";
/** A source written as a URL SAX fetches (urlopen's schemes). */
const URL = /^(?:https?|ftp):\/\//i;
/** A feature's state the text fixes as off. */
const OFF = new Set(["False", "0", "None"]);

const dotted = (path: ModulePath) => [path.module, ...path.members].join(".");

/** Is the path one of the SAX calls whose arguments decide whether it fetches (a value handed elsewhere decides nothing: not reported)? */
export const fetchesByArguments = (path: ModulePath): boolean => SAX_PARSES.has(dotted(path)) || SAX_SET_FEATURE.has(dotted(path));

/**
 * Is the call of `path` one of these whose arguments fix no request: a source that is no URL written in the text, a
 * feature other than external entities or set off? `resolve` reads a feature's name (`feature_external_ges` imported).
 */
export function fetchesNothing(path: ModulePath, call: Node | null, constants: Constants, resolve: (node: Node) => ModulePath | undefined): boolean {
  const target = dotted(path);
  if (SAX_PARSES.has(target)) {
    const source = call ? positional(call)[0] : undefined;
    const text = source ? constants.stringOf(source) : undefined;
    return text === undefined || !URL.test(text.trim());
  }
  if (SAX_SET_FEATURE.has(target)) return !call || !turnsOnExternalEntities(call, constants, resolve);
  return false;
}

/**
 * `parser.setFeature(feature_external_ges, True)` (`xml.sax.handler.feature_external_ges`, the feature's URI written out, a
 * state that is no constant off): whatever the parser's receiver, as the feature is SAX's alone.
 */
export function turnsOnExternalEntities(call: Node, constants: Constants, resolve: (node: Node) => ModulePath | undefined): boolean {
  const [feature, state] = positional(call);
  if (!feature || !state || namedChildrenOf(call).length !== 2) return false;
  if (OFF.has(state.text.trim())) return false;
  if (constants.stringOf(feature) === EXTERNAL_ENTITIES) return true;
  const named = feature.type === "identifier" || feature.type === "attribute" ? resolve(feature) : undefined;
  return named !== undefined && dotted(named) === EXTERNAL_ENTITIES_NAME;
}

/** The call's positional arguments (none after a splat is known). */
function positional(call: Node): Node[] {
  const out: Node[] = [];
  for (const arg of namedChildrenOf(call)) {
    if (arg.type === "keyword_argument") continue;
    if (arg.type === "list_splat" || arg.type === "dictionary_splat") break;
    out.push(arg);
  }
  return out;
}
