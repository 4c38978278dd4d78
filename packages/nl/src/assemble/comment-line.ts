/**
 * Text made safe for a `//` comment: every character JavaScript takes as a line end (CR, LF,
 * U+2028, U+2029) would end the comment and turn the rest of the text into code.
 */
export function commentLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}
