import { withoutSharedAppositive } from './shared-appositive';
import { QUOTE_VERBS, REPORTING_VERBS } from './speech-verbs';

// A lone capitalised word counts as a person only with evidence; a speech verb beside it is one kind.
/** Is the name next to a speech verb ("Spicer stated", "said Kiplagat") — good evidence of a person? */
export function nextToSpeechVerb(text: string, start: number, end: number): boolean {
  // "the Custos told The Gleaner", "the Ombudsman said": a lone word after "the" is an office written with a capital,
  // not a name, whatever verb follows it (audit 55, B-a55-7); "the Feingold campaign said" never gets here.
  if (!text.slice(start, end).includes(' ') && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)))
    return false;
  const after = /^\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+)?([a-z]+)/.exec(text.slice(end, end + 30));
  if (after && (QUOTE_VERBS.has(after[1]!) || REPORTING_VERBS.has(after[1]!))) return true;
  // "said Kiplagat" inverts a tag; "told Euronews" never does: the word after "told" is its hearer, and a hearer the
  // copy names once is as often the outlet that interviewed the speaker as a person (audit 56, B-a56-4).
  const before = /([a-z]+)\s+$/.exec(text.slice(Math.max(0, start - 20), start));
  return !!before && QUOTE_VERBS.has(before[1]!) && !/^(?:told|tells?)$/.test(before[1]!);
}

/** A quantifier floated after a coordinated subject, before its verb ("Lee and Ruiz both stressed"): no part of a name. */
const FLOATED = /^\s+(?:both|all|each)(?=\s+[a-z])/u;

/**
 * nextToSpeechVerb for a pair of names, past an appositive they share ("Ann Lee and Tom Ruiz, both Democrats, said")
 * or a quantifier floated before the verb ("Ann Lee and Tom Ruiz both stressed").
 */
export function pairNextToSpeechVerb(text: string, start: number, end: number): boolean {
  const rest = withoutSharedAppositive(text.slice(end));
  return nextToSpeechVerb(text, start, text.length - rest.replace(FLOATED, '').length);
}
