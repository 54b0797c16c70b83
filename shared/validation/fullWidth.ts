/**
 * Chinese input methods type full-width forms (０-９, Ａ-Ｚ, ＋, －, （）, the ideographic space);
 * the validators fold exactly those to ASCII. Deliberately not NFKC, which would also turn ① or ⁵ into digits.
 */
export function toHalfWidth(input: string): string {
  return input.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}
