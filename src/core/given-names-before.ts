import { handFirstName } from './hand-first-name';

/** Each word's answer for the last article: copy full of lone "President"s reads the article once per word. */
const seen = { text: '', words: new Map<string, number>() };

/**
 * How many different known first names the copy writes right before the word ("Howard Dean", "Jane Park"): one says
 * the lone word can only be that person's surname, more says it is shared ("Bobby Scott" and "Tim Scott").
 */
export function givenNamesBefore(word: string, articleText: string): number {
  if (seen.text !== articleText) {
    seen.text = articleText;
    seen.words.clear();
  }
  let count = seen.words.get(word);
  if (count === undefined) {
    const given = new Set<string>();
    for (const m of articleText.matchAll(new RegExp(`\\b([A-Z][a-z]+) ${word}\\b`, 'g')))
      if (handFirstName(m[1]!)) given.add(m[1]!);
    count = given.size;
    seen.words.set(word, count);
  }
  return count;
}
