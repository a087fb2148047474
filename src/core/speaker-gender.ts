import type { Analysis } from './analysis-types';
import { eachMatch } from './each-match';
import { firstNameGender } from './first-name-gender';
import { headGender } from './head-gender';
import { type Gender, HONORIFICS } from './honorifics';
import { letterBounded } from './letter-bounded';
import { surname } from './mentions-entity';
import { PRONOUN_TAG } from './pronoun-tag';

/** A title and the capitalised word after it ("Mr Okafor", "Mrs. Hale"): the title's gender is that surname's. */
const TITLED = /(?<![\p{L}'’])(\p{Lu}\p{L}*\.?)\s+(\p{Lu}[\p{L}'’-]+)/gu;
/**
 * The gender the article gives each speaker of its quotes and statements: a title before the name ("Mr Okafor"), a
 * first name in one hand table only, the pronoun the copy credits the speaker's own words with where it does not
 * name them ("…," she said), or a described speaker's gendered head noun ("a spokesman for the trust"). Null when
 * nothing says, or the evidence disagrees; always null for a body ("the trust") or an entity not a person.
 * Read once per analysis (one pass over its sentences), then looked up per speaker.
 */
export function speakerGender(analysis: Analysis): (speaker: string) => Gender | null {
  const titled = new Map<string, Set<Gender>>();
  for (const s of analysis.sentences)
    for (const m of s.text.matchAll(TITLED)) {
      const gender = HONORIFICS.get(m[1]!);
      if (gender) add(titled, m[2]!, gender);
    }
  const tagged = new Map<string, Set<Gender>>();
  const text = new Map(analysis.sentences.map((s) => [s.id, s.text]));
  for (const said of [...analysis.quotes, ...analysis.statements]) {
    const sentence = text.get(said.sentenceId);
    if (!said.speaker || sentence === undefined || /^\p{Ll}/u.test(said.speaker)) continue;
    // The pronoun is the speaker's only where the sentence does not name them ("Reed said she…" is someone else).
    if (letterBounded(sentence, surname(said.speaker))) continue;
    for (const m of eachMatch(PRONOUN_TAG, sentence))
      add(tagged, said.speaker, (m[1] ?? m[2])!.toLowerCase() === 'he' ? 'male' : 'female');
  }
  const bodies = new Set(analysis.entities.filter((e) => e.type !== 'person').map((e) => e.name));
  return (speaker) => {
    if (/^\p{Ll}/u.test(speaker)) return headGender(speaker);
    if (bodies.has(speaker)) return null;
    const words = speaker.split(/\s+/);
    const said = new Set<Gender>([...(titled.get(surname(speaker)) ?? []), ...(tagged.get(speaker) ?? [])]);
    const titledName = HONORIFICS.has(words[0]!);
    const title = HONORIFICS.get(words[0]!);
    if (title) said.add(title);
    const given = titledName ? words[1] : words[0];
    const byName = words.length > (titledName ? 2 : 1) && given !== undefined ? firstNameGender(given) : null;
    if (byName) said.add(byName);
    return said.size === 1 ? [...said][0]! : null;
  };
}

function add(map: Map<string, Set<Gender>>, key: string, gender: Gender): void {
  const set = map.get(key);
  if (set) set.add(gender);
  else map.set(key, new Set([gender]));
}
