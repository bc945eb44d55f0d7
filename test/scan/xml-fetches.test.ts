import { describe, expect, it } from "vitest";
import { at, found } from "./helpers";

const NETWORK = "scan/network-call";

/** SAX fetching what its arguments fix (red team 3, p01, p138, p139 / Action B03, B26, B40): a URL the text writes, external entities set on. */
describe("SAX parsers' fetches", () => {
  it("scan/network-call: xml.sax.parse and a parser's parse given a URL written in the text (a literal, a file constant)", async () => {
    const text = `import xml.sax\nURL = "https://x.example/feed.xml"\nxml.sax.parse("http://127.0.0.1:18766/p01", xml.sax.ContentHandler())\np = xml.sax.make_parser()\np.parse("ftp://x.example/f.xml")\nxml.sax.parse(URL, None)\n`;
    expect(await found("a.py", text)).toEqual([`${NETWORK} ${at(text, "xml.sax.parse")}`, `${NETWORK} ${at(text, "p.parse")}`, `${NETWORK} ${at(text, "xml.sax.parse", 1)}`]);
  });

  it("scan/network-call: a parser's setFeature turning external general entities on, by name, by module, by URI, with 1; any receiver", async () => {
    const text = [
      "import xml.sax",
      "import xml.sax.handler",
      "from xml.sax.handler import feature_external_ges",
      "p = xml.sax.make_parser(); p.setFeature(feature_external_ges, True)",
      "p.setFeature(xml.sax.handler.feature_external_ges, 1)",
      'p.setFeature("http://xml.org/sax/features/external-general-entities", True)',
      "class Reader:",
      "    def go(self):",
      "        self.parser.setFeature(feature_external_ges, True)",
      "",
    ].join("\n");
    expect(await found("a.py", text)).toEqual([
      `${NETWORK} ${at(text, "p.setFeature")}`,
      `${NETWORK} ${at(text, "p.setFeature", 1)}`,
      `${NETWORK} ${at(text, "p.setFeature", 2)}`,
      `${NETWORK} ${at(text, "self.parser.setFeature")}`,
    ]);
  });

  it("scan/network-call is clean for a path or a source not constant, other features, the feature set off, and parse handed over", async () => {
    const text = [
      "import xml.sax",
      "from xml.sax.handler import feature_external_ges, feature_namespaces",
      "p = xml.sax.make_parser()",
      "p.setFeature(feature_namespaces, True)",
      "p.setFeature(feature_external_ges, False)",
      "p.setFeature(feature_external_ges, 0)",
      "p.parse('feed.xml')",
      "xml.sax.parse(path, None)",
      "list(map(xml.sax.parse, urls))",
      "import xml.dom.minidom, xml.etree.ElementTree as ET",
      "xml.dom.minidom.parse('http://x.example/a.xml')",
      "ET.parse('http://x.example/a.xml')",
      "",
    ].join("\n");
    expect(await found("b.py", text)).toEqual([]);
  });
});
