import type { Analysis } from './analysis-types';
import { nameVariants } from './answer-name-variants';
import { PRONOUN_START } from './answer-sentence-marks';
import { conditionalStanding } from './conditional-standing';
import { STANDING } from './race-standing';
import { contentTerms } from './tokenize-words';

/**
 * "How is X polling?", "how does X do / fare against Y?", "how is X doing among <group>?": the asked party's
 * standing. The subject is what sits between the auxiliary and the verb.
 */
const ASKS =
  /^\s*(?:so,?\s+)?how(?:['’]s| is| are| was| were| does| do| did)\s+(.+?)\s+(polling|doing|do|fare|faring|fared)\b(.*)$/i;
/** "Doing" and "do" ask a standing only in a race: against a rival, among voters, in a poll. */
const RACE_CONTEXT = /\b(?:against|among|polls?|polling|numbers|surveys?|race|primary|caucus(?:es)?|voters?)\b/i;
/** The group the standing is asked among: the words after "among" / "with" up to a place, time or clause. */
const GROUP =
  /\b(?:among|with)\s+(.+?)(?=\s+(?:in|on|at|who|that|so far|right now|nationwide|nationally|in particular|this|these|now)\b|[?.,]|$)/i;
/** Group words every electorate shares, which tell one group from no other. */
const GENERIC = new Set(['voter', 'peopl', 'resid', 'american']);
/** The rival asked about: the capitalised words after "against"/"versus" ("how does X do against Y in this poll?"). */
const RIVAL = /\b(?:against|versus|vs\.?)\s+((?:\p{Lu}[\p{L}\w'’.-]*\s*)+)/u;
/** A share or a margin: what "polling" is measured in (a count of votes is a result, not a poll). */
const SHARE = /\d\s?%|\bper ?cent\b|\bpoints?\b/i;
/**
 * "Leads 48-41": a bare range is a share only beside a standing word; a date ("Oct. 12-14"), an age band or a score
 * alone is none (review R56-5).
 */
const RANGE =
  /(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s)\b\d{1,2}\s?(?:-|–|to)\s?\d{1,2}\b/i;
const shareIn = (text: string): boolean => SHARE.test(text) || (RANGE.test(text) && STANDING.test(text));

interface AskedStanding {
  polling: boolean;
  /** The party's name terms, with the copy's other terms for the same person; empty for a pronoun subject. */
  party: ReadonlySet<string>;
  /** The asked group's distinguishing terms ("evangel", "cuban-american"). */
  group: readonly string[];
  /** The rival's name terms; empty when none is asked. */
  rival: ReadonlySet<string>;
}

function askedStanding(analysis: Analysis, question: string): AskedStanding | undefined {
  const m = ASKS.exec(question);
  if (!m) return undefined;
  const [, subject, verb, rest] = m as unknown as [string, string, string, string];
  const polling = verb.toLowerCase() === 'polling';
  if (!polling && !RACE_CONTEXT.test(rest)) return undefined;
  // The capitalised words of the subject name the party ("Obama's favorability" is Obama's).
  const named = contentTerms(subject.replace(/\b[a-z]\S*/g, ' '));
  const variants = nameVariants(analysis, new Set(named), named);
  const group = GROUP.exec(rest)?.[1];
  return {
    polling,
    party: new Set([...named, ...[...variants.values()].flat()]),
    group: group === undefined ? [] : contentTerms(group).filter((t) => !GENERIC.has(t)),
    rival: new Set(contentTerms(RIVAL.exec(rest)?.[1] ?? '')),
  };
}

/** Why the sentence gives no standing for the asked party, or undefined when it does. */
function standingMissing(analysis: Analysis, index: number, asked: AskedStanding): string | undefined {
  // A figure the party would need or get under a condition put on it is no standing (conditional-standing.ts).
  const sentence = analysis.sentences[index]!.text;
  const text = conditionalStanding(sentence, asked.party, asked.rival);
  if (!(asked.polling ? shareIn(text) : STANDING.test(text) || /\d/.test(text)))
    return 'The article gives no standing for them.';
  const has = (i: number): boolean =>
    i >= 0 && contentTerms(analysis.sentences[i]!.text).some((t) => asked.party.has(t));
  // Named, or a pronoun opening after a sentence that names them.
  if (asked.party.size > 0 && !has(index) && !(PRONOUN_START.test(sentence) && has(index - 1)))
    return 'The article gives that standing for someone else.';
  const said = new Set(contentTerms(text));
  if (asked.group.some((t) => !said.has(t))) return 'The article does not give their standing with that group.';
  return undefined;
}

/**
 * "How is Trump polling with Cuban-Americans?" over "He has pulled nearly even with Clinton in many polls", "how does
 * Sanders do against Trump in this poll?" over a pollster's reading that names neither, "how is Stein polling?" over
 * her votes of four years before: the sentence gives no standing (no standing word or figure; "polling" wants a share
 * or a margin), gives it for another party than the one named, or for the whole electorate when a group is asked. A
 * pronoun subject ("how did she do…?") is not checked by name. Returns why a sentence gives no standing for the asked
 * party, or undefined when no party's standing is asked (standing-first.ts puts first and declines).
 */
export function pollStanding(
  analysis: Analysis,
  question: string,
): ((index: number) => string | undefined) | undefined {
  const asked = askedStanding(analysis, question);
  return asked && ((index) => standingMissing(analysis, index, asked));
}
