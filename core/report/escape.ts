/**
 * Text from a pull request (file names, messages quoting code, bundle text) rendered into markdown or
 * HTML must stay text: no markup, no links, no images, no @mentions or #references that notify people.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const ZWSP = "\u200b";

/** Bidirectional controls: they reorder the text after them as shown (`agent/\u202Eyp.tset\u202C.py` reads as another name). */
const BIDI_CONTROL = /\p{Bidi_Control}/gu;

/** Text with its bidirectional controls written as their code points (`[U+202E]`), so it shows in the order it is stored. */
export function visibleBidi(text: string): string {
  return text.replace(BIDI_CONTROL, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`);
}

/**
 * A SARIF plain-text message (SARIF 2.1.0 §3.11.6) from text a pull request may hold: a viewer reads `[text](n)` as a
 * link to the result's related location n (code scanning does), so literal brackets are escaped as the format asks,
 * and bidirectional controls shown as code points, as in the job summary.
 */
export function sarifMessage(text: string): { text: string } {
  return { text: visibleBidi(text).replace(/[[\]]/g, "\\$&") };
}

export function escapeMarkdown(text: string): string {
  const markdownSafe = visibleBidi(text)
    .replace(/\r?\n|\r/g, " ")
    .replace(/[\\`*_{}[\]()#+\-.!|~:=^$]/g, (c) => `\\${c}`)
    .replace(/@/g, `@${ZWSP}`)
    .replace(/(\\#)(?=\d)/g, `$1${ZWSP}`)
    // GitHub autolinks bare URLs and www. names in text, escapes or not: break the patterns it looks for.
    .replace(/(\\:)(?=\/\/)/g, `$1${ZWSP}`)
    .replace(/\b(www)(?=\\\.)/gi, `$1${ZWSP}`);
  // Entities last, so their own `#` and digits are not escaped again.
  return escapeHtml(markdownSafe);
}

/** Untrusted text shown as code: inline markdown still applies inside <code>, so escape it the same way. */
export function markdownCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}
