/** A character `\w` (and so `\b`) counts as part of a word: ASCII letters, digits and the underscore. */
export function wordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
