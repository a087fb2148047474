/**
 * A line opened with a full-width solidus ("／brief ferry", as Chinese and Japanese keyboards type
 * the slash, often with the word after it full-width too) read as the command it is meant to be:
 * its first word NFKC-normalised ("/brief"). Otherwise it was a remark ("not taken as a question")
 * or nothing at all, never a command nor a mistyped one. Only the opening word is touched.
 */
export function asciiCommandSlash(text: string): string {
  const lead = /^(\s*)(\uFF0F\S*)/.exec(text);
  if (!lead) return text;
  return `${lead[1]}${lead[2]!.normalize('NFKC')}${text.slice(lead[0].length)}`;
}
