import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import unhomoglyph from "unhomoglyph";
import CONFUSABLES from "unhomoglyph/data.json";
import { identityKey, sameIdentity } from "../../core/trust/identity";

describe("sameIdentity (core/trust/identity)", () => {
  it.each([
    ["оctocat", "Cyrillic о"],
    ["octo\u200bcat", "zero-width space"],
    ["octo\u202ecat", "bidi override"],
    ["ｏｃｔｏｃａｔ", "fullwidth letters"],
    ["OctoCat", "case"],
    ["@octocat", "a mention"],
    ["octocat.", "a trailing dot"],
    ["octocat+x@users.noreply.github.com", "plus-addressed noreply"],
    ["583231+octocat@users.noreply.github.com", "id-prefixed noreply"],
    ["Octo Cat <octocat@users.noreply.github.com>", "git's Name <address>"],
  ])("%j names octocat (%s)", (name) => {
    expect(sameIdentity(name, "octocat")).toBe(true);
  });

  it("plus-addressed mailboxes are one mailbox; different people stay different", () => {
    expect(sameIdentity("alice+ci@corp.example", "ALICE@corp.example")).toBe(true);
    expect(sameIdentity("alice@corp.example", "bob@corp.example")).toBe(false);
    expect(sameIdentity("reviewer1", "octocat")).toBe(false);
    expect(sameIdentity("octocat@corp.example", "octocat")).toBe(false);
    expect(sameIdentity("", "")).toBe(false);
    expect(sameIdentity("\u200b", "")).toBe(false);
  });

  it("the skeleton maps confusables to their prototype (UTS #39)", () => {
    expect(identityKey("rn")).toBe(identityKey("m"));
    expect(identityKey("pаypаl")).toBe(identityKey("paypal")); // Cyrillic а
    expect(identityKey("0ctocat")).toBe(identityKey("octocat"));
  });

  // identity.ts looks each code point up in unhomoglyph's table instead of loading its index.js (a start-up
  // cost): the keys must be what unhomoglyph's own replace gives. Pinned from the unhomoglyph-based code:
  // 502 of the 6,311 entries name someone else than their prototype once NFKC, small capitals read as their letters
  // (470 before that: `ᴋ`'s prototype is `ĸ`, `ᴍ`'s `ʍ`) and case folding ran first, and the key of all entries in a
  // row (with lone surrogates, which the table never maps) hashes as below.
  it("the skeleton equals unhomoglyph's replace over its whole table, astral entries and lone surrogates included", () => {
    const entries = Object.keys(CONFUSABLES);
    expect(entries.filter((c) => identityKey(`a${c}b`) !== identityKey(`a${unhomoglyph(c)}b`))).toHaveLength(502);
    const key = identityKey(entries.join("") + "\ud800x\udc00");
    expect(key).toHaveLength(9344);
    expect(createHash("sha256").update(key).digest("hex")).toBe("ba0643a4baf6f84927873b06d3b19f37239b2eceffcb1baeabe11c9aca1b11a4");
  });
});
