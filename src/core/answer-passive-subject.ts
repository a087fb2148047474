import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { firstWhere } from './first-where';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { contentTerms } from './tokenize-words';

/**
 * "Who was charged?" over "Solicitor Padraig Lennon said his client would be contesting the charge." and "Declan
 * Moriarty, 44, was charged with assault.": the ranker matches the asked verb by its stem, so the noun "the charge"
 * says it as well as the verb does (audit 49 B-a49-10). A passive who-question asks whom the act was done to: a best
 * sentence holding the stem only as a noun gives way to the best-ranked one, on as much of the question, where the
 * verb stands passive after a person the story names — the passive counterpart of answer-asked-doer.ts.
 */

/** "who was charged", "who has been arrested", "who were later freed": the participle after "who" and a form of "be". */
const PASSIVE_WHO =
  /^\s*(?:who|whom)\s+(?:was|were|is|are|(?:has|have|had|will|would) been|will be|would be|got)\s+(?:\w+ly\s+)?(\w+)/i;
/** A form of "be" before a participle (one adverb between: "was later charged"). */
const BE = /^(?:is|are|was|were|be|been|being)$/i;
/** A determiner or possessive before the word makes it a noun: "contesting the charge", "made no reply to his charge". */
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|no|any|each|every|such)$/i;
/** Words after which a name no longer stands in the passive verb's clause: it reports or names another's act. */
const CLAUSE_BREAK = /^(?:said|says|told|that|and|but|after|before|when|while|because)$/i;

const wordsOf = (text: string): string[] => text.split(/\s+/).map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));

/** Where the asked verb stands passive in the words, or -1. */
function passiveAt(words: readonly string[], verb: string): number {
  return words.findIndex((w, i) => {
    if (i === 0 || contentTerms(w.toLowerCase())[0] !== verb) return false;
    return BE.test(words[i - 1]!) || (i > 1 && /ly$/i.test(words[i - 1]!) && BE.test(words[i - 2]!));
  });
}

/** Whether every word of the asked stem follows a determiner: the sentence holds the act's noun, not its verb. */
function nounOnly(words: readonly string[], verb: string): boolean {
  const at = words.flatMap((w, i) => (contentTerms(w.toLowerCase())[0] === verb ? [i] : []));
  return at.length > 0 && at.every((i) => i > 0 && DETERMINER.test(words[i - 1]!));
}

/** Whether a person the story names stands before the passive verb, in its clause. */
function namedSubject(analysis: Analysis, words: readonly string[], at: number): boolean {
  let from = at - 1;
  while (from > 0 && !CLAUSE_BREAK.test(words[from - 1]!)) from--;
  const before = ` ${words.slice(from, at).join(' ')} `;
  return analysis.entities.some(
    (e) => e.type === 'person' && e.name.split(/\s+/).some((n) => n.length > 1 && before.includes(` ${n} `)),
  );
}

/** The ranking with a sentence saying the asked verb passive after a named person first, when the best holds its noun. */
export function passiveSubjectFirst(
  analysis: Analysis,
  ranked: Ranked[],
  question: string,
  terms: QuestionTerms,
): Ranked[] {
  const top = ranked[0];
  const asked = PASSIVE_WHO.exec(question)?.[1];
  const verb = terms.relation;
  if (!top || asked === undefined || verb === undefined || contentTerms(asked.toLowerCase())[0] !== verb) return ranked;
  const words = (r: Ranked) => wordsOf(analysis.sentences[r.index]!.text);
  if (!nounOnly(words(top), verb)) return ranked;
  return firstWhere(ranked, (r) => {
    if (r.share < top.share - 1e-9) return false;
    const at = passiveAt(words(r), verb);
    return at > 0 && namedSubject(analysis, words(r), at);
  });
}
