import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { firstWhere } from './first-where';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { contentTerms } from './tokenize-words';

/** Words and the punctuation between them, case kept (a name after "by" is told by its capital). */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:()—–"“”]/gu;
/** A determiner or possessive before the verb's word makes it a noun or a modifier: "its lead author", "the lead". */
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|my|your|this|that)$/i;
/** Lower-case words a "by" phrase may put before the name: a role, a title ("by microbiologist Mara Quist"). */
const ROLE_WORDS = 3;
/** A sentence put first must still be on the question's topic: half the share the best covers. */
const ON_TOPIC = 0.5;

/** Whether the asked verb's word is said as a verb at least once (not only after a determiner, "its lead author"). */
function saysVerb(words: readonly string[], verb: string): boolean {
  return words.some((w, i) => contentTerms(w)[0] === verb && !DETERMINER.test(words[i - 1] ?? ''));
}

/** "<noun>, led by ecologist Mara Quist": the verb's participle with a named agent after "by". */
function agentAfterBy(words: readonly string[], verb: string): boolean {
  return words.some((w, i) => {
    if (words[i + 1]?.toLowerCase() !== 'by' || contentTerms(w)[0] !== verb || !/(?:ed|en|d|t)$/i.test(w)) return false;
    for (let k = i + 2; k <= i + 2 + ROLE_WORDS && k < words.length; k++) {
      const next = words[k]!;
      if (/^\p{Lu}/u.test(next)) return !DETERMINER.test(next) && /^\p{Lu}/u.test(words[k + 1] ?? '');
      if (!/^[\p{Ll}-]+$/u.test(next)) return false;
    }
    return false;
  });
}

/**
 * "Who led the survey?" over "Its lead author, Tom Beck, said…" (another study's) and "The survey, led by ecologist
 * Mara Quist at Lund University, counted…": the ranker matches the noun "lead" as the verb, and reads no agent in a
 * passive participle (audit 57 B-a57-8). When the best sentence says the asked verb's word only as a noun or a
 * modifier, the best-ranked sentence on the topic naming the act's agent after its participle ("led by <Name>") goes
 * first.
 */
export function ledByFirst(analysis: Analysis, ranked: Ranked[], terms: QuestionTerms): Ranked[] {
  const top = ranked[0];
  const verb = terms.relation;
  if (!top || verb === undefined) return ranked;
  const wordsOf = (r: Ranked): string[] => [...analysis.sentences[r.index]!.text.matchAll(TOKEN)].map((m) => m[0]);
  const topWords = wordsOf(top);
  if (saysVerb(topWords, verb) || !topWords.some((w) => contentTerms(w)[0] === verb)) return ranked;
  return firstWhere(ranked, (r) => r !== top && r.share >= top.share * ON_TOPIC && agentAfterBy(wordsOf(r), verb));
}
