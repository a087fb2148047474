import { knownFirstName } from './known-first-name';
import { nameParticle } from './name-particle';
import type { PersonParse } from './parse-person';
import { STOPWORDS } from './stopwords';
import { textOccurrences } from './text-occurrences';
import { VERB_BASES } from './verb-base-set';
import { LEAD_IN } from './without-lead-in';

/** A capitalised word of four letters or more: shorter ones are the articles and particles of names ("Te", "Van"). */
const TITLE_SHAPE = /^\p{Lu}\p{Ll}{3,}$/u;
const INITIAL = /^(?:\p{Lu}\.)+$/u;
const LETTER = /[\p{L}\p{M}]/u;

/**
 * "Kaumātua Wiremu Pōtae … to build kaumātua housing": a capitalised word opening a name of three words, which the
 * same copy also writes in lower case as an ordinary word, is the person's title or role (a Māori elder's, a Malay
 * teacher's), not a given name; no word list says so, the copy does. Only when it never stands as a name itself
 * ("Mr Long", "said Long", where "Long Wei Ming … a long time" is a surname written first), is no known first name
 * ("Will Hanson Park … will"), and no honorific or title stands before it. The parse then names the person without
 * it and keeps it as the title, which is also the role who is who shows (no role list holds "kaumātua"). Rewrites the
 * parses in place, once per article; returns the candidates rewritten.
 */
export function lowerCaseTitle<C extends { parse: PersonParse; text: string }>(
  candidates: C[],
  sentences: ReadonlyArray<{ text: string }>,
): Set<C> {
  const titled = new Set<C>();
  if (candidates.length === 0) return titled;
  const texts = sentences.map((s) => s.text);
  let joined: string | undefined;
  const text = (): string => {
    joined ??= texts.join(' ');
    return joined;
  };
  for (const c of candidates) {
    const { name, honorific, title, start } = c.parse;
    if (honorific || title) continue;
    const words = name.split(' ');
    const word = words[0]!;
    if (!TITLE_SHAPE.test(word) || words.filter((w) => !nameParticle(w) && !INITIAL.test(w)).length < 3) continue;
    const lower = word.toLowerCase();
    // A word opening a sentence before a name ("Certainly Donald Trump has …", "Make America Great Again") is an
    // adverb or a verb, no title; nor is the rest a name when its last word is an ordinary word of the copy too.
    if (LEAD_IN.test(word) || STOPWORDS.has(lower) || VERB_BASES.has(lower) || knownFirstName(word)) continue;
    if (!writtenLower(lower, text()) || writtenLower(words.at(-1)!.toLowerCase(), text())) continue;
    if (standsAsName(word, texts)) continue;
    const rest = c.text.indexOf(words[1]!, start + word.length);
    if (rest < 0) continue;
    c.parse = { ...c.parse, name: words.slice(1).join(' '), title: word, start: rest, certain: true };
    titled.add(c);
  }
  return titled;
}

/** The copy writes the word whole in lower case. */
function writtenLower(word: string, text: string): boolean {
  return textOccurrences(text, word).some(
    (at) => !LETTER.test(text[at - 1] ?? '') && !LETTER.test(text[at + word.length] ?? ''),
  );
}

/** The capitalised word somewhere not before another capitalised word and not opening a sentence: a name of its own. */
function standsAsName(word: string, sentences: string[]): boolean {
  return sentences.some((s) =>
    textOccurrences(s, word).some(
      (at) =>
        at > 0 &&
        !LETTER.test(s[at - 1] ?? '') &&
        !LETTER.test(s[at + word.length] ?? '') &&
        !/^\s\p{Lu}/u.test(s.slice(at + word.length, at + word.length + 2)),
    ),
  );
}
