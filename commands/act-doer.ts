import type { Analysis } from '../src/core/analysis-types';
import { coordinatedDoers } from './coordinated-doers';
import { BETWEEN, doesTheActAsDoer, subjectHead, type Voice } from './does-the-act';
import { groupNounBodies } from './group-noun';
import { PREPOSITION } from './holds-the-object';
import { pluralPeople } from './plural-people';
import { subjectPhrase } from './subject-phrase';
import { threadNamedPeople } from './thread-named-people';

/** A determiner and up to three words: a noun phrase as the copy writes it ("The committee", "the harbour board"). */
const NOUN_PHRASE = /\b(?:the|its|their)\s+(?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]+/giu;

/** How many distinct heads an answer's sentences may offer as the doer: an answer cites a sentence or three. */
const MAX_HEADS = 24;

/**
 * Who does `act` in an answer's sentences (`texts`, still standing in the analysis): the one person they name who does
 * it ("Tom Reed, who signed the contract"); when no person they name does it, the one body, group of people or noun
 * phrase they name that does it ("The committee, which Dane chairs, decided the cuts" → "the committee"). Undefined when none or several
 * do: a who-question's "who" is the act's subject, and "and when?" is asked of it only when the answer says who it is.
 * With `voice` passive ("who was arrested?"), the one the act is done to: a passive's subject (does-the-act.ts).
 */
export function actDoer(
  analysis: Analysis,
  texts: readonly string[],
  act: string,
  voice: Voice = 'active',
): string | undefined {
  // People first: "Councillor Ivo Dane, who chairs the committee" is Dane, not the committee.
  // "The tenants of Kelso Court said": the head before "of" does it, not the body, place or person named after it.
  const subjects = texts.flatMap((t) => subjectPhrase(t)?.name ?? []);
  const inside = (c: string) => subjects.some((s) => s.toLowerCase().includes(c.toLowerCase()) && s !== c);
  const people = threadNamedPeople(analysis, texts).filter(
    (person) => !inside(person) && doesTheActAsDoer(analysis, person, act, voice),
  );
  // "Ruth Hale and Omar Reddy signed": one coordinated subject is both doers, asked of together.
  if (people.length > 0)
    return coordinatedDoers(texts, people, act, voice) ?? (people.length === 1 ? people[0] : undefined);
  const bodies = analysis.entities
    .filter((e) => e.type === 'organization' && texts.some((t) => t.includes(e.name)))
    .map((e) => e.name);
  // "Harwick council voted": a body named by a lower-case group noun, with no "the" before it.
  const groups = texts.flatMap((t) => [...pluralPeople(t).values(), ...groupNounBodies(t)]);
  const phrases = texts.flatMap((t) => t.match(NOUN_PHRASE) ?? []).map((p) => nounPhrase(p));
  const doers = new Map<string, string>();
  const tried = new Set<string>();
  for (const candidate of [...subjects, ...[...bodies, ...groups, ...phrases].filter((c) => !inside(c))]) {
    const head = subjectHead(candidate);
    // "The crew's families were moved": the group read bare ("families") is the noun phrase of its head, as written.
    const known = head === undefined ? undefined : doers.get(head);
    if (head !== undefined && known !== undefined && candidate.toLowerCase().endsWith(` ${known.toLowerCase()}`))
      doers.set(head, candidate);
    // Each head is checked once, and at most MAX_HEADS of them: every check reads the whole article, and a pasted
    // sentence of a thousand "the …" phrases must not make one reply read it a thousand times.
    if (head === undefined || tried.has(head) || tried.size >= MAX_HEADS) continue;
    tried.add(head);
    if (doesTheActAsDoer(analysis, candidate, act, voice)) doers.set(head, candidate);
  }
  return doers.size === 1 ? [...doers.values()][0] : undefined;
}

/**
 * A matched phrase up to its first preposition: "the pier road to cars" is "the pier road", whose head is "road". It
 * ends before an auxiliary or adverb of the verb group too ("the crew's families were" is "the crew's families"), and
 * before "and" or "or" that ends it or opens a verb phrase ("the boatyard and have repaired"): a head "were", "have" or
 * "and" stands right before the act and made the phrase its doer.
 */
function nounPhrase(phrase: string): string {
  const words = phrase.replace(/^The\b/, 'the').split(/\s+/);
  const verbal = (word = '') => BETWEEN.test(word.toLowerCase());
  const at = words.findIndex(
    (word, i) =>
      i > 0 &&
      (PREPOSITION.test(word) ||
        verbal(word) ||
        (/^(?:and|or)$/i.test(word) && (i === words.length - 1 || verbal(words[i + 1])))),
  );
  return (at < 0 ? words : words.slice(0, at)).join(' ');
}
