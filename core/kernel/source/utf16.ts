/**
 * UTF-16 code units (Flowgate's column unit, see LineIndex) in a run of UTF-8 bytes, counted as the
 * bytes go by, without decoding or keeping them: a code point counts at its lead byte (any byte that is
 * not a continuation byte 10xxxxxx), one unit, or two for a 4-byte sequence (an astral character is a
 * surrogate pair). A sequence split between chunks is counted once, at its lead byte.
 */
export function utf16Units(bytes: Uint8Array, from: number, to: number): number {
  let units = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return units;
}
