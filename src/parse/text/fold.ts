/**
 * The folded text: lower case without tone marks, đ → d, one code unit for one code unit, so
 * one index serves both the clean and the folded text. Keyword rules match here, which makes
 * them indifferent to tone placement ("uỷ" / "ủy") and to OCR-damaged tones ("tinh phôi hợp").
 */

const foldCache = new Map<string, string>();

/** One character without tone marks, lower-case; identity when that would change the length. */
function foldChar(ch: string): string {
  const hit = foldCache.get(ch);
  if (hit !== undefined) return hit;
  let out = ch;
  if (ch === 'đ' || ch === 'Đ') out = 'd';
  else if (ch.length === 1 && ch.charCodeAt(0) >= 0x80) {
    const base = ch.normalize('NFD')[0] ?? ch;
    const lower = base.toLowerCase();
    out =
      lower.length === 1 && base.charCodeAt(0) < 0x80
        ? lower
        : ch.toLowerCase().length === 1
          ? ch.toLowerCase()
          : ch;
  } else {
    const lower = ch.toLowerCase();
    out = lower.length === 1 ? lower : ch;
  }
  foldCache.set(ch, out);
  return out;
}

const UTF16 = new TextDecoder('utf-16le');

/** Folded code of each BMP code unit, filled lazily (0 = not yet computed). */
const FOLD_TABLE = new Uint16Array(0x10000);

function foldCode(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  let f = FOLD_TABLE[c] as number;
  if (f === 0) {
    const out = foldChar(String.fromCharCode(c));
    f = out.length === 1 ? out.charCodeAt(0) : c;
    FOLD_TABLE[c] = f;
  }
  return f;
}

/** Fold a whole string (same length). */
export function fold(s: string): string {
  // a name or a phrase (most calls): building it from an array is twice as fast as a decoder
  // call; a whole text would overflow the argument list
  if (s.length <= 128) {
    const short = new Array<number>(s.length);
    for (let k = 0; k < s.length; k++) short[k] = foldCode(s.charCodeAt(k));
    return String.fromCharCode(...short);
  }
  const codes = new Uint16Array(s.length);
  for (let k = 0; k < s.length; k++) codes[k] = foldCode(s.charCodeAt(k));
  return UTF16.decode(codes);
}
