import type { Sentence } from './analysis-types';
import { droppedAntecedent } from './dropped-antecedent';
import { eachMatch } from './each-match';
import { firstNameGender } from './first-name-gender';
import { frameUnboundObject } from './frame-unbound-object';
import { handFirstName } from './hand-first-name';
import { surname } from './mentions-entity';
import { indexPeople, type Person } from './people';
import { pronounInCopy } from './pronoun-in-copy';

export interface PronounSubjectOptions {
  /** The article's sentences and the index of the one the question asks about. */
  sentences: Sentence[];
  index: number;
  /** Whom the speaker code credits each sentence's words to, by sentence id. */
  speakers: Map<number, string>;
  /** The whole article, where a name must appear as written. */
  copy: string;
}

type Gender = 'male' | 'female';

/** A personal pronoun (or its contraction) opening a claim: its subject or the subject's possessor. */
const PRONOUN = /^(he|she|his|her|they|their)((?:['’](?:s|d|ll|re|ve))?)$/i;
/** Words a template puts right before the claim it asks about ("…confirm that he…", "Will his…", "…say her…"). */
const JOINT =
  /^(?:that|whether|if|will|would|can|could|did|does|do|is|was|has|have|had|say|says|believe|expect|think|fear|argue|why)$/i;
const QUOTED = /“[^”]*”|"[^"]*"/g;
const WORD_RUN = /[\p{L}\p{N}'’-]+/gu;

/** Offsets (within the text) inside its quotations: a name there is never the antecedent. */
function quotedAt(text: string): (offset: number) => boolean {
  const spans = [...text.matchAll(QUOTED)].map((m) => [m.index!, m.index! + m[0].length] as const);
  return (offset) => spans.some(([from, to]) => offset >= from && offset < to);
}

/**
 * The person a pronoun stands for, by the speaker code's test of confidence (speaker-resolution.ts): the people index's
 * mentions, a person fitting when their gender is the pronoun's or unknown; the one such person in reach — named
 * earlier in the pronoun's own sentence, else named or credited in the sentence before — and no other.
 */
function antecedent(at: number, gender: Gender, options: PronounSubjectOptions): Person | null {
  const { sentences, index, speakers } = options;
  const people = indexPeople(sentences);
  const fits = (p: Person): boolean => p.gender === null || p.gender === gender;
  const inReach = (id: number, before: number): Person[] => {
    const sentence = sentences[id]!;
    const quoted = quotedAt(sentence.text);
    return (people.mentions[id] ?? [])
      .filter((m) => m.start - sentence.start < before && !quoted(m.start - sentence.start) && fits(m.person))
      .map((m) => m.person);
  };
  const reach = new Set(inReach(index, at));
  const own = sentences[index]!.text.slice(0, at);
  const previous = sentences[index - 1];
  // No one fitting earlier in its own sentence: the sentence before is in reach, and whom it quotes.
  const texts = [own];
  if (reach.size === 0 && previous) {
    texts.push(previous.text);
    for (const person of inReach(index - 1, Infinity)) reach.add(person);
    const credited = people.lookup(speakers.get(previous.id) ?? '');
    if (credited && fits(credited)) reach.add(credited);
  }
  if (reach.size !== 1) return null;
  const person = [...reach][0]!;
  // A listed first name the index missed ("John Reyes and David Okafor spoke…") is a rival all the same.
  const missed = texts.some((text) =>
    [...text.matchAll(/\b(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)/gu)].some(
      (m) => firstNameGender(m[1]!) === gender && surname(person.name) !== m[2]!.replace(/['’]s$/, ''),
    ),
  );
  return missed ? null : person;
}

/**
 * The name as the copy writes it, without a sentence's opening word the name finder took in ("Neither Donald J.
 * Trump", or a word the copy also writes in lower case); null when the copy never writes it so.
 */
function writtenName(name: string, copy: string): string | null {
  const words = name.split(/\s+/);
  // "Neither Donald J. Trump": a listed first name after an unlisted word opens the name.
  const listed = (word: string): boolean => handFirstName(word);
  const opens = words.findIndex(listed);
  if (opens > 0) words.splice(0, opens);
  while (words.length > 1 && copy.includes(` ${words[0]!.toLowerCase()} `)) words.shift();
  const written = words.join(' ');
  return copy.includes(written) ? written : null;
}

/**
 * A question whose claim opens on "he"/"she"/"his"/"her" ("Is it true that he opposed the invasion?") names the
 * person instead ("…that Jeb Bush opposed the invasion?"), as the article writes the name, when one person is
 * confidently meant; null when no one is (the passage is shown instead: "Will he appeal?" tells a reader nothing).
 * "they"/"their" with nothing named before them in the question gives null too.
 * A question with no such pronoun is returned as it is. A question that drops the person a pronoun leans on
 * (dropped-antecedent.ts), or asks an object pronoun no one could be (frame-unbound-object.ts), gives null too.
 */
export function pronounSubject(question: string, options: PronounSubjectOptions): string | null {
  // An object pronoun no one in the question can be, or a pronoun whose person the template dropped (read once the
  // claim's opening pronoun is named): the passage.
  if (frameUnboundObject(question)) return null;
  const named = namedSubject(question, options);
  return named !== null && droppedAntecedent(named, options) ? null : named;
}

function namedSubject(question: string, options: PronounSubjectOptions): string | null {
  const sentence = options.sentences[options.index]!.text;
  const words = [
    ...eachMatch(
      WORD_RUN,
      question.replace(QUOTED, (q) => ' '.repeat(q.length)),
    ),
  ];
  for (let i = 1; i < words.length; i++) {
    const word = words[i]![0];
    // A capitalised word first names someone or something the claim's pronoun may lean on: leave it.
    if (/^\p{Lu}/u.test(word) && word !== 'I') return question;
    const pronoun = PRONOUN.exec(word);
    if (!pronoun) continue;
    const next = words[i + 1]?.[0] ?? '';
    if (!JOINT.test(words[i - 1]![0]) || next === 'or') return question;
    // The same pronoun and next word in the sentence: where the claim's subject stands in the copy.
    const inCopy = pronounInCopy(sentence, word, next);
    if (inCopy < 0) return question;
    const lower = pronoun[1]!.toLowerCase();
    // "Is it true that they’re speaking for Islam?": whom "they" meant is in the copy, not in the question, and a
    // group is not named as surely as one person is; the passage shows it.
    // "Which officials say they hoped…": the question's own group is the antecedent.
    if (lower === 'they' || lower === 'their') return /^Which\s/.test(question) ? question : null;
    const gender: Gender = lower === 'he' || lower === 'his' ? 'male' : 'female';
    const person = antecedent(inCopy, gender, options);
    // "he’s" as "Ted Cruz’s entirely to blame" reads as a possessive: a contraction is not written with a name.
    const written = person && writtenName(person.name, options.copy);
    if (!written || pronoun[2]) return null;
    // "…he was hoping for a Cabinet slot, and will Chris Christie say?": the question names him already.
    if (question.includes(surname(written))) return question;
    const apostrophe = sentence.includes('’') || !sentence.includes("'") ? '’' : "'";
    const name = lower === 'his' || lower === 'her' ? `${written}${apostrophe}s` : written;
    const at = words[i]!.index!;
    return `${question.slice(0, at)}${name}${question.slice(at + word.length)}`;
  }
  return question;
}
