// Forms an audit of unlabelled packages found the scan missing (openapi-fetch 0.17.0's `createClient`).
import { describe, expect, it } from "vitest";
import { atStart, found } from "./helpers";

describe("scan (JavaScript): a default in a destructuring declaration is a value the name may hold", () => {
  // openapi-fetch: `let { fetch: baseFetch = globalThis.fetch, ...rest } = { ...clientOptions }`, then in a nested
  // function `const { fetch = baseFetch } = fetchOptions || {}` … `await fetch(request)`.
  const text = [
    'const cp = require("child_process");',
    "function one(opts) {",
    "  const { fetch: f1 = globalThis.fetch } = opts;",
    '  return f1("u1");',
    "}",
    "function two(options) {",
    "  let { fetch: base = globalThis.fetch, ...rest } = { ...options };",
    "  return async function inner(o) {",
    "    const { fetch = base } = o || {};",
    '    return fetch("u2");',
    "  };",
    "}",
    "function three(runners) {",
    "  const [run = cp.execSync] = runners;",
    '  return run("id");',
    "}",
    "function four(opts) {",
    "  const { exec: { sync = cp.execSync } = {} } = opts;",
    '  return sync("id");',
    "}",
    "",
  ].join("\n");

  it("object (renamed and shorthand, nested, after a spread) and array patterns: each call of the name", async () => {
    for (const file of ["a.js", "a.ts"]) {
      expect(await found(file, text)).toEqual([
        `scan/network-call ${atStart(text, 'f1("u1")', "f1")}`,
        `scan/network-call ${atStart(text, 'fetch("u2")', "fetch")}`,
        `scan/shell-command ${atStart(text, 'run("id")', "run")}`,
        `scan/shell-command ${atStart(text, 'sync("id")', "sync")}`,
      ]);
    }
  });

  it("clean: a default not watched, none, or a watched value that is not the default", async () => {
    const clean = [
      'const cp = require("child_process");',
      "function one(opts, own) {",
      "  const { fetch: f1 = own } = opts;",
      '  f1("u1");',
      "  const { fetch = null } = opts;",
      '  fetch("u2");',
      "  const [run = () => 0, other = cp.execSync] = opts.runners;",
      '  run("id");',
      "}",
      "",
    ].join("\n");
    for (const file of ["b.js", "b.ts"]) expect(await found(file, clean)).toEqual([]);
  });
});
