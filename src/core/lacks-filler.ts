import { maskScheduledDueTo } from './mask-scheduled-due-to';
import { type AnswerType, answerTypeBonus } from './question-type';

// The 'gap' feature asks per answer type what would fill the question; the cause pattern is
// shared with the 'cause' feature.

export const CAUSE =
  /\b(?:because|due to|owing to|as a result of|driven by|caused by|the reason|reasons? (?:is|was|are|were)|in order to|so that|thanks to|blam(?:ed|es|ing))\b/i;

/** The sentence gives a cause in so many words; "due to sign" is a schedule, not one. */
export function saysCause(text: string): boolean {
  return CAUSE.test(maskScheduledDueTo(text));
}

/** What a sentence offers as a filler for the asked type (see the 'gap' feature). */
interface Filler {
  typed: boolean;
  fresh: number;
  counted: boolean;
  text: string;
}

export function lacksFiller(type: AnswerType, filler: Filler): boolean {
  switch (type) {
    case 'person':
    case 'place':
      return filler.fresh === 0;
    case 'reason':
      return !saysCause(filler.text) && answerTypeBonus('reason', filler.text) === 0;
    case 'count':
      return !filler.typed || !filler.counted;
    case 'yesno':
    case 'other':
      return false;
    default:
      return !filler.typed;
  }
}
