import type { Sentence } from './analysis-types';
import type { PeopleIndex } from './people';
import type { ResolvedSpeaker } from './speaker-resolution';

/** At most this many words before the subject: an adverbial (`On Monday,`), not a clause of its own. */
const LEAD_WORDS = 4;

const PREPOSITION_BEFORE = /\b(?:to|by|with|of|for|from|about|on|at|in|against|after|before)\s*$/i;

/**
 * `McConnell delivered a blunt message to Trump: "..."`: a quotation introduced by a colon with no
 * speech verb before it is the words of its sentence's subject, the first person named, when the
 * sentence opens with that name (after at most a short adverbial) and the name is a clause subject,
 * not a preposition's object or a possessive (`After meeting Trump, McConnell ...` names no one).
 */
export function colonSubject(
  sentence: Sentence,
  quoteStart: number,
  index: PeopleIndex,
  isQuoted: (offset: number) => boolean,
): ResolvedSpeaker | null {
  const first = (index.mentions[sentence.id] ?? []).find((m) => m.start < quoteStart && !isQuoted(m.start));
  if (!first?.subject || first.possessive) return null;
  const lead = sentence.text.slice(0, first.start - sentence.start);
  // The object flag reads any preposition before the name (`On Tuesday, Omberg`): only one right
  // before it makes the name an object.
  if (/["\u201c\u201d]/.test(lead) || PREPOSITION_BEFORE.test(lead)) return null;
  if (lead.split(/\s+/).filter(Boolean).length > LEAD_WORDS) return null;
  return { name: first.person.name, person: first.person };
}
