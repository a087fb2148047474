import { STOPWORDS } from '../src/core/stopwords';
import { groupNoun } from './group-noun';
import { pluralPeople } from './plural-people';
import { sayingVerb } from './saying-verb';
import { COMPLEMENT, complementEnd } from './subject-complement';

/** A determiner opening the subject, written lower case when the phrase is named mid-sentence. */
const DETERMINER = /^(?:the|these|those|its|their|our)$/i;
/** The first word of a verb group after the subject: an auxiliary, or a past form ("warned", "voted"). */
const VERB_START = /^(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|was|are|were|do|does|did)$/i;

/**
 * The group a sentence opens with when it is written as a head and its complement before the verb: "Staff at the
 * hospital's kitchen said …" → "staff at the hospital's kitchen", "The tenants of Kelso Court said …" → "the tenants
 * of Kelso Court". The head (the word before "of/at") must be a plural of people (plural-people.ts) or a WordNet group
 * noun ("staff", "crew"), and a verb must follow the complement. The phrase is the referent of a "they" and the doer of
 * its verb; the body or place inside the complement ("Kelso Court") is neither (session 45's thread leftovers).
 */
export function subjectPhrase(text: string): { name: string; head: string } | undefined {
  // A sentence opening with a quotation is the speaker's words: its subject is no group the copy names.
  if (/^["“‘']/.test(text.trim())) return undefined;
  const words = text.trim().split(/\s+/).slice(0, 12);
  let at = DETERMINER.test(words[0] ?? '') ? 1 : 0;
  // A head of one word, or one word before it ("kitchen staff at …").
  if (!COMPLEMENT.test(words[at + 1] ?? '')) at++;
  const head = words[at]?.toLowerCase() ?? '';
  // Not a word of the frame ("who in the hell", "Zucker, who in the past"), nor after an -ing or a comma ("Addressing
  // attendees of …", "Indeed, members of …"): read over the PolNeAR train sentences, these were the misreadings.
  if (!/^\p{L}+$/u.test(head) || STOPWORDS.has(head) || !COMPLEMENT.test(words[at + 1] ?? '')) return undefined;
  if (at === (DETERMINER.test(words[0] ?? '') ? 2 : 1) && /(?:ing|[,;:])$/.test(words[at - 1]!)) return undefined;
  const bare = words.map((word) => word.replace(/['’]s?$/, ''));
  const end = complementEnd(bare, at + 1, () => false);
  const next = bare[end] ?? '';
  // The verb as written: lower case (no "State" of "the New York State party"), a plural's form ("say", not "states").
  const verb = VERB_START.test(next) || /^\p{Ll}{3,}ed$/u.test(next) || (sayingVerb(next) && !/[^s]s$/.test(next));
  if (end === at + 1 || !verb) return undefined;
  if (!groupNoun(head) && pluralPeople(head).size === 0) return undefined;
  const phrase = words
    .slice(0, end)
    .join(' ')
    .replace(/[,;:]+$/, '');
  // Sentence case is not a name's: "Staff at …" is "staff at …" mid-sentence; "Harwick staff at …" keeps its capital.
  const first = words[0]!;
  const lower = DETERMINER.test(first) || at === 0 ? first.toLowerCase() : first;
  return { name: lower + phrase.slice(first.length), head };
}
