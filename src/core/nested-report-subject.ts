import { adjunctQuoteSubject } from './adjunct-quote-subject';
import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { escapeRegExp } from './escape-reg-exp';
import { firstNameGender } from './first-name-gender';
import type { Gender } from './honorifics';
import { WORD_EDGE } from './latin-letters';
import type { Person } from './people';
import type { SpeakerCandidate } from './speaker-candidates';
import type { ResolvedSpeaker } from './speaker-resolution';
import { SPEECH_VERBS } from './speech-verbs';

/**
 * A reported clause's subject and its own speech verb right before the quotation: `… that the minister had promised
 * to "`, `… and that Tomas Ruiz had said "`. Up to five words of subject opening on a capital or a determiner; an
 * auxiliary or two; the verb; "to" or "that" at most before the mark.
 */
const NESTED =
  /\bthat\s+((?:the|a|an|his|her|their|its|he|she|they|we|it|\p{Lu}[\p{L}'’.-]*)(?:\s+[\p{L}'’.-]+){0,4}?)\s+(?:(had|has|have|would|will|was|were|had\s+been)\s+)?(\p{Ll}+)(\s+(?:to|that))?\s*["“]?$/u;

/** The characters before a quotation NESTED may span. */
const REACH = 200;

/** A pronoun subject: most often the outer speaker ("Lee said she had promised to "…""), so nothing is changed. */
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;
/** The sex a singular personal pronoun names. */
const PRONOUN_SEX: Readonly<Record<string, Gender>> = { he: 'male', she: 'female' };

/**
 * The speaker of a quotation inside a reported promise or statement of someone other than the reporting subject:
 * `Councillor Ada Brennan said … and that the minister had promised to "review the figures"` quotes the minister,
 * not Brennan (audit 59, B-a59-14). The clause's subject is credited when it names a candidate (a surname in it) or
 * its head is the role word of exactly one candidate ("the minister" after "the finance minister, Tomas Ruiz");
 * otherwise no one, as the copy does not say whose the words are. `ranked` stands when no such clause holds the
 * quotation or its subject already names the ranked speaker.
 */
export function nestedReportSubject(
  item: QuoteItem,
  sentences: readonly Sentence[],
  candidates: readonly SpeakerCandidate[],
  ranked: ResolvedSpeaker | null,
): ResolvedSpeaker | null {
  const head = item.segments[0]!;
  const sentence = sentences[head.startSentence]!;
  // Only the stretch the pattern can span (five words of subject, two auxiliaries, the verb): read from the sentence's
  // start, one sentence of many quotations would be read once per quotation (analysis-work-linear.test.ts).
  const end = head.start - sentence.start;
  const from = Math.max(0, end - REACH);
  const match = NESTED.exec(sentence.text.slice(from, end));
  const subject = match?.[1];
  // A verb after an auxiliary or in its past form: "the IG's report "…"", "Ginsburg's comments "…"" are nouns.
  const verb = match?.[3] ?? '';
  if (!subject || !SPEECH_VERBS.has(verb) || !(match?.[2] || /(?:ed|said|told|wrote|swore)$/.test(verb))) return ranked;
  if (/['’]s?$/.test(subject)) return ranked;
  // "the review would report "within weeks"": a thing's clause and a time phrase quoted, the reporter's words.
  if (!match![4] && adjunctQuoteSubject(subject, item.text)) return ranked;
  const words = subject.split(/\s+/);
  // "Ada Brennan said she had met the harbour master and that he had promised to "…"": a pronoun of the other sex is
  // someone else, whom the clause does not name.
  if (words.length === 1 && PRONOUN.test(subject)) {
    const sex = PRONOUN_SEX[subject.toLowerCase()];
    const own = ranked?.person && speakerSex(ranked.person, sentence.text.slice(0, from + match!.index));
    return sex && own && own !== sex ? null : ranked;
  }
  const role = words.at(-1)!.toLowerCase();
  const named = (c: ResolvedSpeaker): boolean => !!c.person && words.includes(c.person.surname);
  const holds = (c: ResolvedSpeaker): boolean => !!c.person?.roleWords.has(role);
  if (ranked && (named(ranked) || holds(ranked) || subject.includes(ranked.name))) return ranked;
  const people = candidates.map((c) => c.speaker).filter((c) => c.person);
  const byName = people.find(named);
  if (byName) return byName;
  const holders = new Set(people.filter(holds).map((c) => c.person));
  return holders.size === 1 ? people.find(holds)! : null;
}

/**
 * The speaker's sex: learned from the copy, else the first name's (first-name-gender.ts), else the pronoun the
 * sentence opens its first reported clause with ("Bethan Rowe said she had met …").
 */
function speakerSex(person: Person, before: string): Gender | null {
  const given = person.name.split(/\s+/)[0]!;
  const own = new RegExp(
    `${WORD_EDGE}${escapeRegExp(person.surname)}\\s+\\p{Ll}+\\s+(?:that\\s+)?(he|she)\\b`,
    'u',
  ).exec(before)?.[1];
  return person.gender ?? firstNameGender(given) ?? (own ? PRONOUN_SEX[own]! : null);
}
