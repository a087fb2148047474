import type { Voice } from './does-the-act';
import { isParticiple, verbBase } from './elliptic-question';

/** An auxiliary that can open the rest of a who-question: "who will sign …" → "why will Tom Reddy sign …". */
export const AUX = /^(?:did|does|do|will|would|shall|should|can|could|may|might|must|has|have|had|is|was|are|were)$/i;
/** The forms of "be" a passive who-question opens with ("who was arrested?", "who has been sacked?", "who will be charged?"). */
const BE = /^(?:is|was|are|were|be|been|being)$/i;

/** A who-question read for its act: the verb after "who", the words after it, the act and the voice it is asked in. */
export interface WhoQuestionAct {
  /** The word after "who": an auxiliary ("was", "will") or the verb itself ("signed"). */
  verb: string;
  /** The words after `verb`, as asked ("detained at the quay"). */
  rest: string;
  /** The act's verb as the answer's sentences are read for it: the participle after the auxiliaries, or the base. */
  act: string | undefined;
  /** The act's object as the question names it ("the contract" in "who has signed the contract?"). */
  object: string;
  /** `passive` when the question asks after the one the act was done to ("who was arrested?"). */
  voice: Voice;
}

/**
 * The act a who-question asks after ("who signed the contract?" → sign, active; "who was detained at the quay?" →
 * detained, passive: it asks after the passive's subject, not the one who did the detaining, review s46 B-r46-2).
 * Undefined when the question is no who-question.
 */
export function whoQuestionAct(question: string): WhoQuestionAct | undefined {
  // "who decided?" has no object: the rest may be empty, the verb then the question's last word.
  const found = /^who\s+(\S+?)(?:\s+(\S.*?))?[\s?!.…]*$/i.exec(question.trim());
  if (!found) return undefined;
  const [verb, rest = ''] = [found[1]!, found[2]];
  const words = rest.split(/\s+/).filter(Boolean);
  let at = 0;
  while (AUX.test(verb) && BE.test(words[at] ?? '') && isParticiple(words[at + 1] ?? '')) at++;
  const voice: Voice =
    AUX.test(verb) && (BE.test(verb) || at > 0) && isParticiple(words[at] ?? '') ? 'passive' : 'active';
  const act = AUX.test(verb) ? words[at] : verbBase(verb);
  const object = AUX.test(verb) ? words.slice(at + 1).join(' ') : rest;
  return { verb, rest, act, object, voice };
}
