/** The text with its first letter capitalised, as a question or a sentence opens. */
export function upperStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
