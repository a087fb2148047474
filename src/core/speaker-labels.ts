/** A transcript has turns: one paragraph opening on a word and a colon may be a headline's "FBI: …". */
const MIN_TURNS = 2;

/**
 * "FOY: We will rebuild.", "HOST: Will the town rebuild?": a word in capitals that opens two or more sentences
 * before a colon is a transcript's speaker label (the person's surname or a role), not an organisation's acronym.
 */
export function speakerLabel(name: string, sentences: readonly string[]): boolean {
  if (name !== name.toUpperCase() || !/\p{Lu}/u.test(name)) return false;
  return sentences.filter((s) => s.startsWith(`${name}:`)).length >= MIN_TURNS;
}
