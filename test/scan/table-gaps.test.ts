import { describe, expect, it } from "vitest";
import { at, found } from "./helpers";

/** Each entry the red team's third round found missing from the table (classes 8–10): the crossing, and a look-alike that is none. */
describe("the standard library's crossings the table lists (red team 3, class 10)", () => {
  it("scan/network-call: xml.dom.xmlbuilder's entity resolver and builder open a URL; made alone they are clean", async () => {
    const text = `from xml.dom.xmlbuilder import DOMEntityResolver, DOMBuilder\nDOMEntityResolver().resolveEntity(None, "http://x.example/e")\nDOMBuilder().parseURI(u)\n`;
    expect(await found("a.py", text)).toEqual([`scan/network-call ${at(text, "DOMEntityResolver().resolveEntity")}`, `scan/network-call ${at(text, "DOMBuilder().parseURI")}`]);
    expect(await found("b.py", `from xml.dom.xmlbuilder import DOMEntityResolver, DOMBuilder\nr = DOMEntityResolver()\nb = DOMBuilder()\nb.setFeature("namespaces", 0)\n`)).toEqual([]);
  });

  it("scan/dynamic-code: pydoc.importfile runs a file as Python whatever its name; pydoc's other helpers are clean", async () => {
    const text = `import pydoc\npydoc.importfile("assets/banner.txt")\n`;
    expect(await found("a.py", text)).toEqual([`scan/dynamic-code ${at(text, "pydoc.importfile")}`]);
    expect(await found("b.py", `import pydoc\npydoc.render_doc("json")\npydoc.describe(x)\n`)).toEqual([]);
  });

  it("scan/dynamic-code: tkinter's Tcl interpreter given exec, or Tcl the scan cannot read; constant Tcl without exec, open, socket is clean", async () => {
    const text = `import tkinter\nfrom tkinter import Tcl\ntkinter.Tcl().eval("exec touch /tmp/x")\ninterp = Tcl()\ninterp.call("exec", "touch", "/tmp/x")\nroot = tkinter.Tk()\nroot.tk.eval(script)\n`;
    expect(await found("a.py", text)).toEqual([`scan/dynamic-code ${at(text, "tkinter.Tcl().eval")}`, `scan/dynamic-code ${at(text, "interp.call")}`, `scan/dynamic-code ${at(text, "root.tk.eval")}`]);
    const clean = `import tkinter\nroot = tkinter.Tk()\nroot.call("wm", "attributes", ".", "-topmost", 1)\nroot.eval("tk::PlaceWindow . center")\ntkinter.Tcl().eval("set x 1; expr {$x + 1}")\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });
});

describe("third-party packages' crossings the table lists (red team 3, class 8)", () => {
  it("scan/network-call: pip's vendored requests and urllib3 are those modules, imported from pip._vendor or as its attribute; pip's own modules are not", async () => {
    const text = `from pip._vendor import requests\nrequests.get("http://x.example")\nfrom pip._vendor import urllib3 as u3\nu3.PoolManager().request("GET", "http://x.example")\n`;
    expect(await found("a.py", text)).toEqual([`scan/network-call ${at(text, "requests.get")}`, `scan/network-call ${at(text, "u3.PoolManager")}`]);
    expect(await found("b.py", `from pip._vendor import rich\nrich.print("x")\nfrom pip._internal.utils import logging\nlogging.setup_logging(1, False, None)\nfrom pip._vendor.requests import codes\n`)).toEqual([]);
    // A submodule named as a watched module is read as that module, as \`from shutil import os\` is (fail closed: the scan cannot tell pip's own \`subprocess\` from the one it imports).
    const named = `from pip._internal.utils import subprocess\nsubprocess.format_command_args(["a"])\n`;
    expect(await found("c.py", named)).toEqual([`scan/shell-command ${at(named, "subprocess.format_command_args")}`]);
  });

  it("scan/network-call: botocore's session makes a client for a service (bedrock-runtime too, as boto3's); a session alone is clean", async () => {
    const text = `import botocore.session\ns = botocore.session.get_session()\nc = s.create_client("bedrock-runtime", region_name="us-east-1")\nbotocore.session.Session().create_client("s3")\n`;
    expect(await found("a.py", text)).toEqual([`scan/network-call ${at(text, "s.create_client")}`, `scan/network-call ${at(text, "botocore.session.Session().create_client")}`]);
    expect(await found("b.py", `import botocore.session\ns = botocore.session.get_session()\ns.get_config_variable("region")\n`)).toEqual([]);
  });

  it("scan/dynamic-code: a jinja2 template reading dunder attributes, or not a constant; a constant template without, or a sandboxed environment's, is clean", async () => {
    const text = `from jinja2 import Template, Environment\nPROMPT = "{{ cycler.__init__.__globals__.os.system('id') }}"\nTemplate(PROMPT).render()\nEnvironment().from_string(user_text).render()\n`;
    expect(await found("a.py", text)).toEqual([`scan/dynamic-code ${at(text, "Template", 1)}`, `scan/dynamic-code ${at(text, "Environment().from_string")}`]);
    const clean = `from jinja2 import Template, Environment\nfrom jinja2.sandbox import SandboxedEnvironment\nTemplate("Hello {{ name }}").render(name=n)\nEnvironment().from_string("{% for x in xs %}{{ x }}{% endfor %}")\nSandboxedEnvironment().from_string(user_text).render()\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("scan/shell-command: sympy.sympify and parse_expr evaluate a constant as Python (read); scan/dynamic-code: another string; a number or a harmless expression is clean", async () => {
    const text = `import sympy\nfrom sympy.parsing.sympy_parser import parse_expr\nsympy.sympify("__import__('os').system('id')")\nparse_expr(user_text)\n`;
    expect(await found("a.py", text)).toEqual([`scan/shell-command ${at(text, "sympy.sympify")}`, `scan/dynamic-code ${at(text, "parse_expr", 1)}`]);
    expect(await found("b.py", `import sympy\nfrom sympy.parsing.sympy_parser import parse_expr\nsympy.sympify("x**2 + 1")\nsympy.sympify(1)\nparse_expr("sin(x)")\n`)).toEqual([]);
  });

  it("scan/shell-command: IPython's process helpers, its shell's system, a cell run (read as Python) and a cell with a shell escape (its shell's system call); a harmless cell is clean", async () => {
    const text = `from IPython.utils.process import system\nfrom IPython.core.interactiveshell import InteractiveShell\nsystem("id")\nInteractiveShell.instance().run_cell("__import__('os').system('id')")\nshell = InteractiveShell.instance()\nshell.system("id")\nshell.run_cell("!id")\n`;
    expect(await found("a.py", text)).toEqual([`scan/shell-command ${at(text, "system", 1)}`, `scan/shell-command ${at(text, "InteractiveShell.instance().run_cell")}`, `scan/shell-command ${at(text, "shell.system")}`, `scan/shell-command ${at(text, "shell.run_cell")}`]);
    expect(await found("b.py", `from IPython.core.interactiveshell import InteractiveShell\nInteractiveShell.instance().run_cell("x = 1 + 1")\nfrom IPython.utils.process import arg_split\narg_split("a b")\n`)).toEqual([]);
  });

  it("scan/shell-command: click's editor and launcher start a program; click's prompts are clean", async () => {
    const text = `import click\nclick.edit("notes", editor="touch /tmp/x ; true")\nclick.launch("https://x.example")\n`;
    expect(await found("a.py", text)).toEqual([`scan/shell-command ${at(text, "click.edit")}`, `scan/shell-command ${at(text, "click.launch")}`]);
    expect(await found("b.py", `import click\nclick.echo("x")\nclick.prompt("name")\nclick.style("x", fg="red")\n`)).toEqual([]);
  });

  it("scan/network-call: jsonschema's resolver fetching a remote reference; resolving a local one is clean", async () => {
    const text = `import jsonschema\njsonschema.RefResolver.from_schema({}).resolve_remote("http://x.example/s.json")\n`;
    expect(await found("a.py", text)).toEqual([`scan/network-call ${at(text, "jsonschema.RefResolver.from_schema({}).resolve_remote")}`]);
    expect(await found("b.py", `import jsonschema\njsonschema.RefResolver.from_schema(s).resolve_fragment(s, "/definitions/a")\njsonschema.validate(i, s)\n`)).toEqual([]);
  });

  it("scan/shell-command: require-from-string compiles a constant module (read); scan/dynamic-code: another; requiring a file is clean", async () => {
    const text = `const load = require("require-from-string");\nload("require('child_process').execSync('id')");\nload(source);\n`;
    expect(await found("a.js", text)).toEqual([`scan/shell-command ${at(text, "load", 1)}`, `scan/dynamic-code ${at(text, "load", 2)}`]);
    expect(await found("b.js", `const load = require("require-from-string");\nload("module.exports = 1 + 1");\nconst x = require("./x");\n`)).toEqual([]);
  });

  it("scan/shell-command: lodash's and underscore's template code blocks are read as JavaScript; scan/dynamic-code: a template not constant; interpolation only is clean", async () => {
    const text = `const _ = require("lodash");\nconst u = require("underscore");\n_.template("<% process.mainModule.require('child_process').execSync('id') %>hi")({});\nu.template(userText)({});\n`;
    expect(await found("a.js", text)).toEqual([`scan/shell-command ${at(text, "_.template")}`, `scan/dynamic-code ${at(text, "u.template")}`]);
    expect(await found("b.js", `const _ = require("lodash");\n_.template("Hello <%= name %>!")({ name: "a" });\n_.template("<% _.forEach(xs, function(x) { %><li><%- x %></li><% }); %>")({ xs: [] });\n`)).toEqual([]);
  });

  it("scan/network-call: form-data's submit, @octokit/graphql, tunnel's agent opening a socket, cheerio.fromURL, an OTLP exporter made; building the same is clean", async () => {
    const text = `const FormData = require("form-data");\nconst tunnel = require("tunnel");\nconst cheerio = require("cheerio");\nconst { graphql } = require("@octokit/graphql");\nconst { OTLPTraceExporter } = require("@opentelemetry/exporter-trace-otlp-http");\nconst f = new FormData();\nf.submit("http://x.example");\ngraphql("query { viewer { login } }");\nconst agent = tunnel.httpsOverHttp({ proxy: { host: "p", port: 1 } });\nagent.createSocket({ host: "x.example", port: 443 }, () => {});\ncheerio.fromURL("http://x.example");\nconst e = new OTLPTraceExporter({ url: "http://x.example" });\n`;
    expect(await found("a.js", text)).toEqual([`scan/network-call ${at(text, "f.submit")}`, `scan/network-call ${at(text, "graphql", 2)}`, `scan/network-call ${at(text, "agent.createSocket")}`, `scan/network-call ${at(text, "cheerio.fromURL")}`, `scan/network-call ${at(text, "OTLPTraceExporter", 1)}`]);
    const clean = `const FormData = require("form-data");\nconst tunnel = require("tunnel");\nconst cheerio = require("cheerio");\nconst f = new FormData();\nf.append("a", "b");\nf.getHeaders();\nconst agent = tunnel.httpsOverHttp({ proxy: { host: "p", port: 1 } });\ncheerio.load("<p>x</p>");\n`;
    expect(await found("b.js", clean)).toEqual([]);
  });
});

describe("name resolvers and data-driven configuration (red team 3, class 9)", () => {
  it("scan/shell-command: a dotted attrgetter reading a watched module through one that imports it; a dotted attrgetter of another module's attribute is clean", async () => {
    const text = `import operator\nimport shutil\noperator.attrgetter("os.system")(shutil)("id")\n`;
    expect(await found("a.py", text)).toEqual([`scan/shell-command ${at(text, 'operator.attrgetter("os.system")(shutil)')}`]);
    expect(await found("b.py", `import operator\nimport shutil\noperator.attrgetter("copy.__name__")(shutil)\noperator.attrgetter("a.b")(obj)\n`)).toEqual([]);
  });

  it("scan/dynamic-code: logging.config.dictConfig of a configuration not written in place (its callables are data); one written in place without callables is clean", async () => {
    const text = `import json, logging.config\nlogging.config.dictConfig(json.load(open("logging.json")))\n`;
    expect(await found("a.py", text)).toEqual([`scan/dynamic-code ${at(text, "logging.config.dictConfig")}`]);
    expect(await found("b.py", `import logging.config\nlogging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler"}}})\n`)).toEqual([]);
  });

  it("scan/shell-command: traitlets' import_item, werkzeug's and jinja2's import_string, a pkg_resources entry point parsed and resolved, of a watched name; scan/dynamic-code: a name not constant", async () => {
    const text = `import pkg_resources, sys\nfrom traitlets.utils.importstring import import_item\nfrom werkzeug.utils import import_string\nfrom jinja2 import utils\nimport_item("os.system")("id")\nimport_string("subprocess:getoutput")("id")\nutils.import_string("os:system")("id")\npkg_resources.EntryPoint.parse("run = os:system").resolve()("id")\nimport_item(sys.argv[1])\n`;
    expect(await found("a.py", text)).toEqual([
      `scan/shell-command ${at(text, 'import_item("os.system")')}`,
      `scan/shell-command ${at(text, 'import_string("subprocess:getoutput")')}`,
      `scan/shell-command ${at(text, 'utils.import_string("os:system")')}`,
      `scan/shell-command ${at(text, 'pkg_resources.EntryPoint.parse("run = os:system").resolve()')}`,
      `scan/dynamic-code ${at(text, "import_item", 2)}`,
    ]);
    const clean = `import pkg_resources\nfrom traitlets.utils.importstring import import_item\nfrom werkzeug.utils import import_string\nimport_item("json.dumps")\nimport_string("json:loads")\nep = pkg_resources.EntryPoint.parse("run = os:system")\nep.name\npkg_resources.EntryPoint.parse("x = json:dumps").load()\n`;
    expect(await found("b.py", clean)).toEqual([]);
  });
});
