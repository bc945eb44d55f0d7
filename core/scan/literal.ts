/**
 * A fixed string searched for in every file of a scan. V8's indexOf finds a needle of up to 6 characters by
 * jumping between occurrences of its first character (memchr), and sets a Boyer–Moore search up again on every
 * call for a longer one: `require` (its `r` is everywhere in code) and `createRequire` (13 characters) cost ~3×
 * what `quire` and `Requir` do. So a literal is looked for by its part of at most 6 characters from its least
 * common character, and each place that part stands is checked for the whole literal: the same places, found faster.
 */
export class Literal {
  /** Where the part looked for starts in the literal, and the part. */
  private readonly offset: number;
  private readonly part: string;

  constructor(private readonly word: string) {
    let offset = 0;
    // The part keeps at least 2 characters: a single one (`f` of `self`) stands alone too often.
    for (let i = 1; i <= word.length - 2; i++) if (commonness(word[i]!) < commonness(word[offset]!)) offset = i;
    this.offset = offset;
    this.part = word.slice(offset, offset + MAX_PART);
  }

  /** text.indexOf(this.word, from), for a from ≥ 0. */
  indexIn(text: string, from = 0): number {
    // The literal at p has its part at p + offset; a part found at q is the literal's only if the literal starts at q - offset (≥ from).
    for (let q = text.indexOf(this.part, from + this.offset); q >= 0; q = text.indexOf(this.part, q + 1)) if (text.startsWith(this.word, q - this.offset)) return q - this.offset;
    return -1;
  }

  in(text: string): boolean {
    return this.indexIn(text) >= 0;
  }
}

/** The longest needle V8 searches by its first character rather than with a Boyer–Moore table built per call. */
const MAX_PART = 6;

/** Characters in source code, the commonest first (counted over the bench corpus); others are rarer than all of them. */
const BY_COMMONNESS = " etrsaoni\nlcdup.hmgf\t*(),y/_=b;v{}'w:k\"";
const commonness = (char: string) => {
  const rank = BY_COMMONNESS.indexOf(char);
  return rank < 0 ? -1 : BY_COMMONNESS.length - rank;
};
