// The confusables table alone: unhomoglyph's index.js builds one regular expression of all 6,311 entries when
// it loads (~30 ms of every start-up); every entry is one code point, so a lookup per code point is the same map.
import CONFUSABLES from "unhomoglyph/data.json";

/**
 * One answer to "do these two strings name the same person?", for every place a name written in a file
 * (a ledger actor, a bundle's approved_by) is compared with another name or a GitHub account. Names come
 * from files a pull request controls, so the comparison must see through spellings that render alike:
 * `оctocat` (Cyrillic о), `octo\u200bcat`, fullwidth `ｏｃｔｏｃａｔ`, `Octocat.`, and the addresses GitHub
 * and mail providers route to the same inbox. A false "same" refuses an approval; a false "different"
 * lets a person approve their own work — so the comparison leans to "same".
 */

/** Zero-width, joiner, bidi and other default-ignorable characters: invisible, so never part of a name. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;
/** What may surround a name without changing whom it names: spaces, `@` of a mention, trailing dots. */
const DECORATION = /^[\s@]+|[\s.]+$/g;
/** A GitHub profile's address (`https://github.com/octocat`): it names the account. */
const PROFILE = /^(?:https?:\/\/)?(?:www\.)?github\.com\/([^/?#\s]+)\/?$/;
/**
 * Latin small capitals (`ᴏᴄᴛᴏᴄᴀᴛ` reads as octocat), which neither NFKC nor confusables.txt maps to their letters
 * (ᴀ, ʙ, ᴅ, ᴇ, ꜰ, ɢ, ʜ, ʟ, ɴ, ᴘ, ʀ, ᴛ… have no prototype there).
 */
const SMALL_CAPITALS: Readonly<Record<string, string>> = Object.fromEntries(
  ["\u1d00a", "\u0299b", "\u1d04c", "\u1d05d", "\u1d07e", "\ua730f", "\u0262g", "\u029ch", "\u026ai", "\u1d0aj", "\u1d0bk", "\u029fl", "\u1d0dm", "\u0274n", "\u1d0fo", "\u1d18p", "\ua7afq", "\u0280r", "\ua731s", "\u1d1bt", "\u1d1cu", "\u1d20v", "\u1d21w", "\u028fy", "\u1d22z", "\u1d01ae", "\u0276oe"].map((e) => [e[0]!, e.slice(1)]),
);
const SMALL_CAPITAL = new RegExp(`[${Object.keys(SMALL_CAPITALS).join("")}]`, "g");
const NOREPLY = /^(?:\d+\+)?([^@+]+)(?:\+[^@]*)?@users\.noreply\.github\.com$/;
const EMAIL = /^([^@\s]+)@([^@\s]+)$/;

/** Case-folded NFKC text without invisible characters: what a reader sees, in one spelling. */
function visible(text: string): string {
  // Folded before the skeleton, as the issue orders it: logins are case-insensitive, so `ALICE` must stay
  // `alice` (mapping capitals first would turn its I into l); the price is that `I` and `l` stay apart.
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(SMALL_CAPITAL, (c) => SMALL_CAPITALS[c]!).toUpperCase().toLowerCase();
}

/** UTS #39 skeleton: confusable characters mapped to their prototype (Unicode confusables.txt, via unhomoglyph). */
function skeleton(text: string): string {
  return prototypes(text.normalize("NFD")).normalize("NFD").toLowerCase();
}

const PROTOTYPE: Readonly<Record<string, string | undefined>> = CONFUSABLES;

/** Each code point replaced by its prototype in confusables.txt (what unhomoglyph() returns). */
function prototypes(text: string): string {
  let out = "";
  for (const ch of text) out += PROTOTYPE[ch] ?? ch;
  return out;
}

/**
 * The canonical key of a name: a git-style `Name <address>` reduced to the address, a GitHub noreply
 * address to its login, a plus-addressed mailbox (`me+tag@x`) to the mailbox, then the skeleton. The
 * structure is read before the skeleton, which maps `m` to `rn` and `0` to `o` and would garble it.
 */
export function identityKey(name: string): string {
  let s = visible(name).replace(DECORATION, "");
  s = /<([^<>]+)>$/.exec(s)?.[1]?.replace(DECORATION, "") ?? s;
  s = PROFILE.exec(s)?.[1] ?? s;
  const noreply = NOREPLY.exec(s);
  if (noreply) s = noreply[1]!.replace(DECORATION, "");
  else {
    const email = EMAIL.exec(s);
    if (email) s = `${email[1]!.replace(/\+.*$/, "")}@${email[2]}`;
  }
  return skeleton(s);
}
/** Do two names (logins, handles, email addresses, `Name <address>`) name the same identity? Empty names never match. */
export function sameIdentity(a: string, b: string): boolean {
  const ka = identityKey(a);
  return ka !== "" && ka === identityKey(b);
}
