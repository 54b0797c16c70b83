/**
 * Upper-cases a–z and nothing else. The built-in upper-casing also folds other letters into ASCII
 * (ſ→S, ı→I, ß→SS, ﬂ→FL), so a look-alike would pass as a VIN or plate character and the length could change.
 */
export function toAsciiUpperCase(input: string): string {
  return input.replace(/[a-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 32));
}
