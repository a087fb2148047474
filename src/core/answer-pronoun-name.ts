import type { Analysis } from './analysis-types';
import type { Gender } from './honorifics';
import { letterBounded } from './letter-bounded';
import { surname } from './mentions-entity';
import { speakerGender } from './speaker-gender';
import { contentTerms } from './tokenize-words';

/**
 * Not a speech tag's pronoun ("…," he said: the quote is already the speaker's context). Six verbs, not pronoun-tag.ts's
 * PRONOUN_TAG (eleven, and "said he"): read through it, 1 of the eval's 1,032 answers changed, for the worse, its
 * nearest sentence "After all, she argued, Obama got a lot of money from the financial industry …" (reported speech, no
 * quote: the sentence does speak of her) giving way to an unrelated one (tidy50).
 */
const NO_TAG = String.raw`(?!\s+(?:said|says|added|told|asked|wrote)\b)`;
/** The subject pronoun of each gender. */
const PRONOUN: Record<Gender, RegExp> = {
  male: new RegExp(String.raw`\b[Hh]e\b${NO_TAG}`),
  female: new RegExp(String.raw`\b[Ss]he\b${NO_TAG}`),
};
/** Quoted words: a pronoun inside them is the speaker's, pointing anywhere. */
const QUOTED = /["“][^"”]*["”]|‘[^’]*’|''[^']*''/g;
/** How many sentences back the antecedent may be named. */
const BACK = 2;

interface Named {
  name: string;
  gender: Gender | null;
  /** The surname a sentence names them by (letterBounded). */
  mention: string;
}

const people = new WeakMap<Analysis, Named[]>();

/** The article's people, each with the gender the copy gives them and a pattern for their surname; once per analysis. */
function namedPeople(analysis: Analysis): Named[] {
  let out = people.get(analysis);
  if (!out) {
    const gender = speakerGender(analysis);
    const names = [...new Set(analysis.entities.filter((e) => e.type === 'person').map((e) => e.name))];
    out = names.map((name) => ({
      name,
      gender: gender(name),
      mention: surname(name),
    }));
    people.set(analysis, out);
  }
  return out;
}

const byGender = new WeakMap<Analysis, Map<Gender, Array<Named[] | undefined>>>();

/**
 * Who of the gender each sentence names: the analysis's alone, so read once per sentence rather than once per
 * question (review s50 B-r50-10: every /ask re-tested each surname over up to three sentences per sentence).
 */
function namedOfGender(analysis: Analysis, all: Named[], gender: Gender): (i: number) => Named[] {
  const tables = byGender.get(analysis) ?? new Map<Gender, Array<Named[] | undefined>>();
  byGender.set(analysis, tables);
  const rows = tables.get(gender) ?? [];
  tables.set(gender, rows);
  const same = all.filter((p) => p.gender === gender);
  return (i) => (rows[i] ??= same.filter((p) => letterBounded(analysis.sentences[i]!.text, p.mention)));
}

/**
 * Copy names a person once and goes on with "he" or "she" ("She later compared the conversation to a root canal."):
 * per sentence, whether it speaks of the question's person by a pronoun only. The person is the one the question's
 * name terms point at (one article person's name holds them); the sentence names no one of that person's gender, says
 * a pronoun of it, and the nearest sentence before it naming anyone of that gender (at most two back) names that
 * person alone. Gender comes from the copy (speakerGender: a title, a first name, a pronoun tag), so a person the copy
 * gives none, or two people of one gender side by side, leave the pronoun unread.
 */
export function pronounNames(analysis: Analysis, nameTerms: ReadonlySet<string>): boolean[] {
  const sentences = analysis.sentences;
  const none = sentences.map(() => false);
  if (nameTerms.size === 0) return none;
  const all = namedPeople(analysis);
  const asked = all.filter((p) => contentTerms(p.name).some((t) => nameTerms.has(t)));
  const whole = asked.filter((p) => !asked.some((o) => o.name.length > p.name.length && o.name.includes(p.name)));
  const person = whole.length === 1 ? whole[0]! : undefined;
  const gender = person?.gender;
  if (!person || !gender) return none;
  const namedIn = namedOfGender(analysis, all, gender);
  return sentences.map((s, i) => {
    if (!PRONOUN[gender].test(s.text.replace(QUOTED, ' ')) || namedIn(i).length > 0) return false;
    for (let j = i - 1; j >= Math.max(0, i - BACK); j--) {
      const named = namedIn(j);
      if (named.length > 0) return named.every((p) => p.mention === person.mention);
    }
    return false;
  });
}
