import data from './sex-age-nouns.json' with { type: 'json' };

/** WordNet's nouns that say only a person's sex or age (src/train/build-sex-age-nouns.ts), split once on load. */
const SEX_AGE = new Set((data as string).split(' '));
/** Whether the noun says only a person's sex or age ("man", "teenager"): "The teenager" re-describes someone. */
export function sexAgeNoun(word: string): boolean {
  return SEX_AGE.has(word);
}

/** An age written before the noun: "37-year-old", "nine-year-old". */
const AGE = /^[\p{L}\d]+-year-old$/u;

/**
 * "woman", "a 37-year-old man", "teenager": a role that says only the person's sex or age (a noun of
 * sex-age-nouns.json, an age before it at most) says nothing of what the person is or does, so it is none (issue 13,
 * review B-r45-13): "Dana Pell, a woman who lives nearby" gives her none. A word that says more keeps the role:
 * "mother of three", "local man", "woman's rights campaigner".
 */
export function sexAgeRole(role: string): boolean {
  const words = role
    .trim()
    .replace(/^(?:a|an|the)\s+/i, '')
    .split(/\s+/);
  const head = words.pop()!;
  return SEX_AGE.has(head) && words.every((w) => AGE.test(w));
}
