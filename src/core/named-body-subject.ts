import type { Sentence } from './analysis-types';
import { WEEKDAYS } from './calendar-words';
import { finite } from './clause-subject-description';
import { HONORIFICS } from './honorifics';
import { nameFirstWord } from './name-first-word';
import { OUTLET_WORDS } from './outlet-words';
import { partyMember } from './party-name';
import type { PersonMention } from './people';
import { isRoleHead } from './role-heads';
import { LEAD_IN, NOT_FIRST } from './without-lead-in';

/*
 * "In 2014, Pew found that “…”", "But as The Hill pointed out, “…”", "Priorities USA, a pro-Clinton super PAC, emailed a
 * link with one sentence: “…”": the quotation's own sentence gives its words to a body it names as its subject. So the
 * speaker of the quotation before, of speech a sentence or two back (new-subject-since.ts) or of the quotation after
 * (attribute-quotes.ts, run-next) is not carried on to them, and someone named only in other sentences is no candidate
 * (speaker-candidates.ts). Only a name: capitalised words, "the" before them at most, no person the index knows, no
 * title or party member among them; a lower-case description ("the ad", "officials") may be anyone's and is left to the
 * rules as before. Session 38 (sp50), PolNeAR train's wrong named speakers.
 */

/** What may open the sentence before its subject: a conjunction and an "as", then a short fronted phrase and its comma. */
const OPENING = /^\s*(?:(?:But|And|Yet|So|Still|Now)\s+)?(?:[Aa]s\s+)?/;
const FRONTED = /^[A-Z][^,"“”;:]{0,50},\s+(?:[Aa]s\s+)?/;
/** The name: up to five capitalised words (initials and "&" inside), an opening "the" at most. */
const NAME = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){0,4}\p{Lu}[\p{L}\p{N}.&'’-]*/u;
/** An apposition after the name: ", a pro-Clinton super PAC," (a description, not a second name). */
const APPOSITION = /^,\s+(?:a|an|the)\s[^,"“”;:]{1,60},/;
/** Adverbs and a day between the subject and its verb ("Fox News reported on Thursday"). */
const ADVERBIAL = new RegExp(
  String.raw`^(?:\s+(?:also|later|then|again|still|too|now|once|first|recently|(?:on|last|this|early|late)\s+(?:${WEEKDAYS}|week|month|year)))*\s+`,
);
/** How much of the sentence is read: a subject and its verb open it. */
const READ = 300;
/** Words that open a sentence capitalised but name no body (or no one new). */
const NO_NAME = /^(?:I|We|You|He|She|It|They|That|This|There|These|Those|Here|What|Which|Who|One|Some|Many|Most|All)$/;

/**
 * Does the sentence, before the quotation opening at `quoteAt` (relative to `text`), open its main clause with a named
 * body as subject and that clause's finite verb, no person mention (`people`, relative offsets) inside the name?
 */
export function namedBodySubject(
  text: string,
  quoteAt: number,
  people: ReadonlyArray<{ start: number; end: number }>,
): boolean {
  // The quotation's own opening mark (the offset is just after it) is no earlier quotation.
  const lead = text.slice(0, Math.min(quoteAt, READ)).replace(/(?:["“”]|'')\s*$/, '');
  // "“Congress failed us,” Obama said, “…”": a name inside an earlier quotation of the sentence is no subject of it.
  if (/["“”]|''/.test(lead)) return false;
  const opening = OPENING.exec(lead)![0].length;
  // The subject right away ("Pew found"), else after a fronted phrase ("In 2014, Pew found").
  if (subjectAt(lead, opening, people)) return true;
  const fronted = FRONTED.exec(lead.slice(opening));
  return fronted !== null && subjectAt(lead, opening + fronted[0].length, people);
}

/** The same reading for the quotation opening at absolute `quoteStart` in sentence `id`, its mentions the index's. */
export function quoteAfterBodySubject(
  sentences: readonly Sentence[],
  mentions: readonly PersonMention[][],
  id: number,
  quoteStart: number,
): boolean {
  const own = sentences[id]!;
  // Only the opening READ characters are read: the mentions past them are not looked at (a long sentence stays linear).
  const people: Array<{ start: number; end: number }> = [];
  for (const m of mentions[id] ?? []) {
    if (m.start - own.start >= READ) break;
    people.push({ start: m.start - own.start, end: m.end - own.start });
  }
  return namedBodySubject(own.text, quoteStart - own.start, people);
}

/** A body's name at `fronted` in `lead`, then its clause's finite verb. */
function subjectAt(lead: string, fronted: number, people: ReadonlyArray<{ start: number; end: number }>): boolean {
  const name = NAME.exec(lead.slice(fronted));
  if (!name) return false;
  const words = name[0].split(/\s+/);
  const first = words[0]!;
  // "Then came another tweet", "Another advised": an opener, not a name ("The" may open one: "The Hill").
  if ((first !== 'The' && NOT_FIRST.has(first)) || LEAD_IN.test(first)) return false;
  // "Audiences can expect": one plural word is a common noun capitalised by the sentence, unless WordNet writes it as a
  // name ("Democrats") or it is an outlet's ("Reuters").
  const plural = /[^s]s$/.test(first) && !nameFirstWord(first) && !OUTLET_WORDS.has(first);
  if (words.length === 1 && (NO_NAME.test(first) || plural)) return false;
  const last = words[words.length - 1]!;
  // "Mr. King differentiated …", "Secretary Kerry told …": a title makes it a person, known to the index or not.
  // A party's member: "the Wisconsin Republican" describes a person, as a role noun does ("The Florida Senator").
  if (partyMember(last) || words.some((w) => HONORIFICS.has(w) || isRoleHead(w))) return false;
  const start = fronted;
  const end = fronted + name[0].length;
  if (people.some((p) => p.start < end && p.end > start)) return false;
  let rest = lead.slice(end);
  rest = rest.slice(APPOSITION.exec(rest)?.[0].length ?? 0);
  const gap = ADVERBIAL.exec(rest);
  if (!gap) return false;
  const verb = /^[a-z]+/.exec(rest.slice(gap[0].length));
  return verb !== null && finite(verb[0], last.toLowerCase());
}
