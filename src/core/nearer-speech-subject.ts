import type { Sentence } from './analysis-types';
import { lowerBound } from './lower-bound';
import type { PeopleIndex, PersonMention } from './people';
import type { ReportedSpeech } from './reported-speech';
import { speechVerbAfter } from './speaker-constructions';
import type { ResolvedSpeaker } from './speaker-resolution';

/**
 * How many names back from the quotation to look: a sentence of thousands of quotes and names
 * must stay linear, and a speaker further back than this is no longer the nearer one.
 */
const REACH = 6;
/** Enough characters before a name for ", whose campaign " to open an aside. */
const ASIDE_OPENER_REACH = 40;

/** Index of the first mention in `list` (in order) that ends after `offset`. */
function firstEndingAfter(list: PersonMention[], offset: number): number {
  return lowerBound(list, (m) => m.end <= offset);
}

/**
 * "the deal, which Rubio said was fair, was "a total joke"": a relative aside opened by a comma and closed by
 * another before the quotation is not the clause the quotation belongs to, so its speaker is not the nearer one.
 */
function inClosedAside(sentence: Sentence, m: PersonMention, quoteStart: number): boolean {
  // The few characters before the name are enough for ", which": never the whole sentence once per name.
  const at = m.start - sentence.start;
  const before = sentence.text.slice(Math.max(0, at - ASIDE_OPENER_REACH), at);
  if (!/,\s*(?:which|who|whom|whose\s+\S+)\s+$/.test(before)) return false;
  const comma = sentence.text.indexOf(',', m.end - sentence.start);
  return comma >= 0 && comma < quoteStart - sentence.start;
}

/**
 * A person who speaks in their own clause between the start of a sentence's reported speech and
 * a quotation in it: "Rubio suggested …, while Cruz said that the "stakes …"", "After Trump argued
 * that …, Rubio said only that his "numbers …"". The sentence's reported speech is read at its
 * edge, so without this the quotation went to the first speaker. Only a name followed by a speech
 * verb counts: a name inside the reported clause ("Cruz argued that Trump is "…"") does not.
 */
export function nearerSpeechSubject(
  sentence: Sentence,
  speech: ReportedSpeech,
  quoteStart: number,
  index: PeopleIndex,
  isQuoted: (offset: number) => boolean,
): ResolvedSpeaker | null {
  const list = index.mentions[sentence.id] ?? [];
  const from = sentence.start + speech.clauseStart;
  const last = firstEndingAfter(list, quoteStart) - 1;
  for (let i = last; i >= 0 && i > last - REACH; i--) {
    const m = list[i]!;
    if (m.start < from) break;
    if (m.possessive || m.object || isQuoted(m.start) || inClosedAside(sentence, m, quoteStart)) continue;
    // A name that calls something by the quoted words is nearer too: "…, and Trump later called Haley "…"".
    if (speechVerbAfter(sentence, m, true)) return { name: m.person.name, person: m.person };
  }
  return null;
}
