import type { Analysis } from './analysis-types';
import { saysReason } from './answer-reason-pair';
import type { QuestionTerms } from './answer-terms';
import { saysAskedVerb } from './answer-when-verb';
import { eachMatch } from './each-match';
import { pronounTakesUpActor } from './pronoun-takes-up-actor';
import { stanceVerb } from './stance-verb';

/**
 * A he/she/they subject opening the sentence, an adverb at most, then its verb: "He considers …", "She firmly
 * believed …". Whether the pronoun takes up the actor of the sentence before is pronoun-takes-up-actor.ts's to say.
 */
const PRONOUN_VERB = /^[\s"“‘']*(he|she|they)\s+(?:(?:also|still|now|long|firmly|privately)\s+)?([a-z]+)\b/i;

/** Any verb of the sentence (a word after a space) and the words after it up to the clause's end ("Mr." keeps its stop). */
const VERB_AND_REST = /(?<=^|\s)([a-z]+)(?=((?:\s+[^\s,;:]+){0,8}))/gi;

/**
 * What after a verb of thinking makes it a judgement (review 53, B-r53-4), not the verb's other senses ("He studied
 * accountancy in Leeds", "He books his flights"): a that-clause, a clause of its own (a subject pronoun, or a finite
 * auxiliary within its first words: "believes the summit has become …"), or "X as Y" ("views the developer as
 * untested"). An object and a bare adjective ("considers the terms unfair") has no mark without a tagger: left.
 */
const JUDGEMENT =
  /^\s+(?:that\b|(?:he|she|they|it|we|i|you)\s|(?:\S+\s+){0,5}?(?:is|are|was|were|has|have|had|will|would|could|should|must|might|can|may)\b|(?:\S+\s+){1,4}?as\s)/i;

/** Whether some verb of thinking in `text` takes a judgement after it. */
function judges(text: string): boolean {
  for (const m of eachMatch(VERB_AND_REST, text)) if (stanceVerb(m[1]!) && JUDGEMENT.test(`${m[2]!} `)) return true;
  return false;
}

/**
 * "Why is the mayor sitting this one out?" over "Instead, Mr. Regalado intends to sit out the presidential race." and,
 * next, "He considers Mrs. Clinton untrustworthy, but views Mr. Trump as …": copy often reports an act and then, in
 * the sentence after it, the actor's own grounds, without any cause word (because, due to) a reason-pair could find.
 * When the first cited sentence says the asked verb and gives no reason, and the next sentence, in the same
 * paragraph, opens with a pronoun taking up that actor and a verb of thinking or judging (WordNet's verb.cognition,
 * stance-verb.ts) that takes a judgement, that sentence is the reason, cited first.
 */
export function stanceReasonNext(analysis: Analysis, first: number, terms: QuestionTerms): number | undefined {
  const { sentences } = analysis;
  const next = sentences[first + 1];
  if (!next || next.paragraph !== sentences[first]!.paragraph) return undefined;
  if (!saysAskedVerb(analysis, first, terms) || saysReason(sentences[first]!.text)) return undefined;
  const opening = PRONOUN_VERB.exec(next.text);
  if (!opening || !stanceVerb(opening[2]!) || !judges(next.text)) return undefined;
  return pronounTakesUpActor(analysis, first, opening[1]!, terms) ? first + 1 : undefined;
}
