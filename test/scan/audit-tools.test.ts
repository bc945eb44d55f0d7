// Web search, scraping and fetching tools, and services agent code calls, that the table lacked (a probe of 70 libraries;
// these were the misses). Member names read from each npm package's source (@tavily/core 0.7.13, exa-js 2.23.0,
// @mendable/firecrawl-js 1.21.1, @browserbasehq/stagehand 3.7.3, phin 4.0.0, basic-ftp 6.2.6, dockerode 5.0.1,
// child-process-promise 2.2.1, @google-cloud/storage 7.22.0, @sendgrid/mail 8.1.6, resend 6.38.0,
// node-telegram-bot-api 2.1.0) and the Python packages' documented imports. Each: its crossing at its exact place and
// rule, and a look-alike of the same library that crosses nothing (an error class, a type, a value).
import { describe, expect, it } from "vitest";
import { atStart, found } from "./helpers";

const SHELL = "scan/shell-command";
const NET = "scan/network-call";

/** A file of `lines` after `head`, and each line's finding: `rule` at `callee`, written where its line starts it. */
function probe(head: string, lines: [string, string, string][]) {
  const text = [head, ...lines.map(([line]) => line), ""].join("\n");
  const expected = lines.map(([line, callee, rule]) => `${rule} ${atStart(text, `${line.slice(line.indexOf(callee))}\n`, callee)}`);
  return { text, expected };
}
const at = (line: string) => line.replace(/^(?:\w+ = )?(?:await )?(?:new )?/, "");

describe("scan (an audit of agent tools and services): Python", () => {
  it("search, scraping and fetching tools, services, SSH and Socket.IO: each client made or request made", async () => {
    const lines: [string, string][] = [
      ["t = tavily.TavilyClient(api_key=k)", NET],
      ["e = exa_py.Exa(k)", NET],
      ["f = firecrawl.FirecrawlApp(api_key=k)", NET],
      ["d = duckduckgo_search.DDGS()", NET],
      ["s = serpapi.search(q=q)", NET],
      ["g = serpapi.GoogleSearch({})", NET],
      ["page = trafilatura.fetch_url(u)", NET],
      ["a = newspaper.Article(u)", NET],
      ["h = requests_html.HTMLSession()", NET],
      ["b = mechanize.Browser()", NET],
      ["r = treq.get(u)", NET],
      ["q = grequests.get(u)", NET],
      ["conn = asyncssh.connect(host)", NET],
      ["io = socketio.Client()", NET],
      ["gh = github.Github(token)", NET],
      ["bot = telegram.Bot(token)", NET],
      ["mail = sendgrid.SendGridAPIClient(k)", NET],
      ["box = dropbox.Dropbox(token)", NET],
      ["j = jira.JIRA(u)", NET],
      ["reddit = praw.Reddit()", NET],
      ["store = storage.Client()", NET],
      ["blobs = BlobServiceClient.from_connection_string(c)", NET],
      ["agent = browser_use.Agent(task=t)", SHELL],
      ["fn = modal.Function.from_name(app, name)", NET],
    ];
    const head = "import tavily, exa_py, firecrawl, duckduckgo_search, serpapi, trafilatura, newspaper, requests_html, mechanize, treq, grequests, asyncssh, socketio, github, telegram, sendgrid, dropbox, jira, praw, browser_use, modal\nfrom google.cloud import storage\nfrom azure.storage.blob import BlobServiceClient";
    const { text, expected } = probe(head, lines.map(([line, rule]) => [line, at(line).replace(/\(.*$/, ""), rule]));
    expect(await found("a.py", text)).toEqual(expected);
    const clean = [
      "import tavily, firecrawl, github, socketio",
      "from azure.storage.blob import ContentSettings",
      "def safe(e):",
      "    return isinstance(e, (firecrawl.FirecrawlError, github.GithubException))",
      'settings = ContentSettings(content_type="text/plain")',
      "server = socketio.Server()",
    ].join("\n");
    expect(await found("b.py", `${clean}\n`)).toEqual([]);
  });
});

describe("scan (an audit of agent tools and services): JavaScript", () => {
  it("search and scraping tools, services, git's remote operations and Stagehand's browser: each client made or request made", async () => {
    const lines: [string, string][] = [
      ["const t = tavily({ apiKey: k });", NET],
      ["const e = new Exa(k);", NET],
      ["const f = new FirecrawlApp({ apiKey: k });", NET],
      ["const s = new Stagehand({ env: \"LOCAL\" });", SHELL],
      ["const r = await phin(u);", NET],
      ["const ftp = new Client();", NET],
      ["const docker = new Docker();", NET],
      ["await git.clone({ fs, http, dir, url: u });", NET],
      ["const bucket = new Storage();", NET],
      ["await sgMail.send(message);", NET],
      ["const resend = new Resend(k);", NET],
      ["const bot = new TelegramBot(token);", NET],
      ["await spawn(cmd);", SHELL],
    ];
    const head = [
      'import { tavily } from "@tavily/core";',
      'import Exa from "exa-js";',
      'import FirecrawlApp from "@mendable/firecrawl-js";',
      'import { Stagehand } from "@browserbasehq/stagehand";',
      'import phin from "phin";',
      'import { Client } from "basic-ftp";',
      'import Docker from "dockerode";',
      'import git from "isomorphic-git";',
      'import { Storage } from "@google-cloud/storage";',
      'import sgMail from "@sendgrid/mail";',
      'import { Resend } from "resend";',
      'import TelegramBot from "node-telegram-bot-api";',
      'import { spawn } from "child-process-promise";',
    ].join("\n");
    const { text, expected } = probe(head, lines.map(([line, rule]) => [line, at(line.replace(/^const \w+ = /, "")).replace(/\(.*$/, ""), rule]));
    for (const file of ["a.ts", "a.js"]) expect(await found(file, text)).toEqual(expected);
    const clean = [
      'import git from "isomorphic-git";',
      'import { ExaError } from "exa-js";',
      'import sgMail from "@sendgrid/mail";',
      'export const log = (dir) => git.log({ fs, dir });',
      "export const failed = (e) => e instanceof ExaError;",
      "sgMail.setApiKey(key);",
    ].join("\n");
    for (const file of ["b.ts", "b.js"]) expect(await found(file, `${clean}\n`)).toEqual([]);
  });
});
