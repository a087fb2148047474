import type { Sentence } from './analysis-types';
import type { PeopleIndex } from './people';
import type { ResolvedSpeaker } from './speaker-resolution';

/** At most this many words before the subject: an adverbial (`On Monday,`), not a clause of its own. */
const LEAD_WORDS = 4;

const PREPOSITION_BEFORE = /\b(?:to|by|with|of|for|from|about|on|at|in|against|after|before)\s*$/i;

/**
 * Between the subject and the colon, words that make the quotation someone else's: a passive or an
 * agent/source (`was mocked by Omberg:`, `a question from a voter:`) or receiving what follows
 * (`received a letter:`, `faced a question:`).
 */
const OTHER_SOURCE =
  /\b(?:by|from)\s+\S|\b(?:receiv(?:e|es|ed|ing)|gets?|got|getting|fac(?:e|es|ed|ing)|reads?|reading|hears?|heard|hearing)\b/i;

/** Conjunctions that open a subordinate clause before the main one (`As Mitchell spoke, Sanders ...`). */
const SUBORDINATOR = /^\s*(?:as|when|while|after|before|because|if|although|since|though|once|until)\b/i;
/** That clause up to its comma, with no quotation inside it. */
const LEADING_CLAUSE = new RegExp(`${SUBORDINATOR.source}[^,"\\u201c\\u201d]*,`, 'i');

/**
 * Where the main clause starts: after a leading subordinate clause, whose own subject says nothing
 * of who speaks after the colon; null when the clause opens but its comma is not found.
 */
function mainClauseStart(text: string): number | null {
  if (!SUBORDINATOR.test(text)) return 0;
  return LEADING_CLAUSE.exec(text)?.[0].length ?? null;
}

/**
 * `McConnell delivered a blunt message to Trump: "..."`: a quotation introduced by a colon with no
 * speech verb before it is the words of its sentence's subject, the first person named in the main
 * clause, when that clause opens with the name (after at most a short adverbial) and the name is a
 * clause subject, not a preposition's object or a possessive (`The plan of Holt was: ...` names no one),
 * and nothing between the name and the colon hands the words to another source.
 */
export function colonSubject(
  sentence: Sentence,
  quoteStart: number,
  index: PeopleIndex,
  isQuoted: (offset: number) => boolean,
): ResolvedSpeaker | null {
  const skip = mainClauseStart(sentence.text);
  if (skip === null) return null;
  const from = sentence.start + skip;
  const first = (index.mentions[sentence.id] ?? []).find(
    (m) => m.start >= from && m.start < quoteStart && !isQuoted(m.start),
  );
  if (!first?.subject || first.possessive) return null;
  const lead = sentence.text.slice(skip, first.start - sentence.start);
  // The object flag reads any preposition before the name (`On Tuesday, Omberg`): only one right
  // before it makes the name an object.
  if (/["\u201c\u201d]/.test(lead) || PREPOSITION_BEFORE.test(lead)) return null;
  if (lead.split(/\s+/).filter(Boolean).length > LEAD_WORDS) return null;
  if (OTHER_SOURCE.test(sentence.text.slice(first.end - sentence.start, quoteStart - sentence.start))) return null;
  const someoneElse = (index.mentions[sentence.id] ?? []).some(
    (m) => m.start >= first.end && m.start < quoteStart && m.person !== first.person,
  );
  if (someoneElse) return null;
  return { name: first.person.name, person: first.person };
}
