import { describe, expect, it } from "vitest";
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
});
