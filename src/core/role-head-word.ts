import { personNoun } from './person-noun';

/**
 * The head of a role phrase: its last word before "of/at/for/from/in/with/based/…". An adverb or a participle after
 * the head modifies it from behind ("an Iowa operative currently working for…", "a Republican operative unaligned in
 * 2016"): read past, back to the noun. A person noun with an -ing form after it ("a Navy veteran attending school
 * in …") is the head, the participle opening a clause about that person (WordNet's commonest sense of the noun decides).
 */
export function roleHeadWord(role: string): string {
  const words = role.split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|at|for|from|in|with|on|to|based|working|and)$/.test(w));
  const kept = cut > 0 ? words.slice(0, cut) : words;
  const clause = kept.findIndex((w, i) => i > 0 && /^[a-z]{2,}ing$/.test(w) && personNoun(kept[i - 1]!.toLowerCase()));
  if (clause > 0) kept.splice(clause);
  while (kept.length > 1 && /^[a-z]+(?:ly|ed)$/.test(kept.at(-1)!)) kept.pop();
  return kept.pop() ?? '';
}

/**
 * "a story about a boy": an article before the head word, inside the phrase, opens a noun phrase of its own, which
 * the head ends; the phrase's own head came before it (a thing here), so the person noun names no role.
 */
export function nestedHead(role: string, head: string): boolean {
  const words = role.split(/\s+/);
  return words.slice(0, words.lastIndexOf(head)).some((w) => /^(?:a|an|the)$/i.test(w));
}
