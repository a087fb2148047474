import { eachMatch } from './each-match';
import { REPORTING_VERBS } from './speech-verbs';

/** A coordinator right before a verb, with the adverbs a second verb of one subject takes ("but also warns"). */
const COORDINATED = /(?:,\s*)?\b(?:but|and|yet)\s+(?:also\s+|still\s+|then\s+)?$/i;

/**
 * Whether the reporting verb at `index` is a second verb of the subject an earlier reporting verb of the sentence has:
 * "The fund says the banks are sound but warns that debt is high" is one source's claim and its caveat, no rival's
 * challenge (audit 51's B-a51-13b). The verb follows the coordinator with no subject of its own, and agrees in tense
 * with the first ("says … but warns", "said … and warned"), as two verbs of one subject do.
 */
export function sameSourceCaveat(text: string, index: number): boolean {
  const verb = /^[a-z]+/i.exec(text.slice(index))?.[0].toLowerCase() ?? '';
  if (!REPORTING_VERBS.has(verb)) return false;
  const left = text.slice(0, index);
  const coordinator = COORDINATED.exec(left);
  if (!coordinator) return false;
  const tense = form(verb);
  const words = left
    .slice(0, coordinator.index)
    .toLowerCase()
    .split(/[^a-z]+/);
  return tense !== 'base' && words.some((w) => REPORTING_VERBS.has(w) && form(w) === tense);
}

/** A coordinator and a finite reporting verb with no subject between: "… but warns", "…, and added". */
const SECOND_REPORT = /(?:,\s*|\s+)(?:but|and|yet)\s+(?:also\s+|then\s+)?([a-z]+)\b/gi;

/**
 * Where a reported clause ends before its speaker's second reporting verb ("the banks are sound but warns that …"):
 * what follows is a second claim of the same source, no part of the first (B-a51-13b); the clause's length if none.
 */
export function secondReportAt(clause: string): number {
  for (const m of eachMatch(SECOND_REPORT, clause)) {
    const verb = m[1]!.toLowerCase();
    if (REPORTING_VERBS.has(verb) && form(verb) !== 'base') return m.index;
  }
  return clause.length;
}

/** A reporting verb's form, read from the set's own forms: "warns" (its base + s), "warn" (has an -s form), "warned". */
function form(verb: string): 'present' | 'base' | 'past' | 'ing' {
  if (/ing$/.test(verb)) return 'ing';
  if (/s$/.test(verb) && (REPORTING_VERBS.has(verb.slice(0, -1)) || REPORTING_VERBS.has(verb.slice(0, -2))))
    return 'present';
  return REPORTING_VERBS.has(`${verb}s`) || REPORTING_VERBS.has(`${verb}es`) ? 'base' : 'past';
}
