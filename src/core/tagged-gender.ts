import type { Sentence } from './analysis-types';
import { describedBefore } from './described-before';
import { eachMatch } from './each-match';
import type { Gender } from './honorifics';
import type { Person, PersonMention } from './people';
import { POSSESSIVE_TAG } from './possessive-tag';
import { PRONOUN_TAG } from './pronoun-tag';
import { verbFormKind } from './verb-form-kind';

/**
 * The gender the copy's own pronoun tags give a person no honorific or listed given name marks: "Dr Sunita Bhardwaj …
 * welcomed the move. She said the lake had shrunk …" makes her "female", so a later "he asked" cannot resolve to her
 * (audit 50, B-a50-3). The evidence is the one speaker-gender.ts reads after attribution (pronoun-tag.ts), read here
 * before resolution and only where its antecedent is plain: the tag's sentence names no one before the pronoun, and
 * the sentence before it mentions one person alone, as the subject of its first clause. Evidence that disagrees says
 * nothing; a gender the mentions gave is kept. A person described but unnamed before the tag ("Its first patient, a
 * retired teacher, had waited two years, she said") is the tag's own antecedent, so it says nothing of the one named
 * the sentence before (review 50, B-r50-2).
 */
export function learnTaggedGender(sentences: Sentence[], mentions: PersonMention[][]): void {
  const said = new Map<Person, Set<Gender>>();
  // A person the copy already gives the other gender is no antecedent: "Commissioner Ann Roe asked for the sheriff's
  // figures. "…," she said" is hers though the sheriff, a "he" by now, is named too (audit 57, B-a57-5).
  const known = (person: Person): Gender | null => {
    const genders = said.get(person);
    return person.gender ?? (genders?.size === 1 ? [...genders][0]! : null);
  };
  const subjectFor = (id: number, gender: Gender): Person | null =>
    loneSubject(
      sentences[id - 1]!,
      mentions[id - 1]!.filter((m) => (known(m.person) ?? gender) === gender),
    );
  for (let id = 1; id < sentences.length; id++) {
    const sentence = sentences[id]!;
    // The sentence before is read only once this one holds a tag: few do, and reading it walks its words.
    // "His office said …" opening the next sentence is the same evidence as "he said" (audit 51, B-a51-1).
    const owner = POSSESSIVE_TAG.exec(sentence.text)?.[1];
    if (owner) {
      const gender = owner.toLowerCase() === 'his' ? 'male' : 'female';
      const person = subjectFor(id, gender);
      if (person !== null && person.gender === null) note(said, person, gender);
    }
    for (const m of eachMatch(PRONOUN_TAG, sentence.text)) {
      const gender = (m[1] ?? m[2])!.toLowerCase() === 'he' ? 'male' : 'female';
      const person = subjectFor(id, gender);
      if (person === null || person.gender !== null) continue;
      const at = sentence.start + m.index;
      if (mentions[id]!.some((other) => other.start < at)) continue;
      if (describedBefore(sentence.text.slice(0, m.index))) continue;
      note(said, person, gender);
    }
  }
  for (const [person, genders] of said) if (genders.size === 1) person.gender = [...genders][0]!;
}

function note(said: Map<Person, Set<Gender>>, person: Person, gender: Gender): void {
  const genders = said.get(person) ?? new Set<Gender>();
  genders.add(gender);
  said.set(person, genders);
}

/**
 * The one person a sentence mentions, when every mention of them there is the subject of the sentence's first clause:
 * no verb form stands before it ("Okafor, 52, told Reuters he …": Reuters is the one told, never the "he" after).
 */
function loneSubject(sentence: Sentence, mentions: readonly PersonMention[]): Person | null {
  const person = mentions[0]?.person;
  if (person === undefined) return null;
  const opening = (m: PersonMention): boolean =>
    !sentence.text
      .slice(0, m.start - sentence.start)
      .split(/[^a-z]+/)
      .some((w) => verbFormKind(w) !== null);
  return mentions.every((m) => m.person === person && m.subject && !m.possessive && opening(m)) ? person : null;
}
