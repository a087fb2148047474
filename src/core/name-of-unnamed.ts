import type { Analysis } from './analysis-types';
import { namesRoleHolder } from './answer-apposition';
import { namedMention, unnamedMentionsOnly } from './answer-which-unnamed';
import { contentTerms } from './tokenize-words';

/**
 * "What is the name of the Florida company that won the contract?": the named thing's phrase, up to a relative clause
 * a preposition ("the name of the firm in Tampa") or a participle ("the driver taken to hospital"), whose last word is
 * its head.
 */
const NAME_OF =
  /\bwhat(?:['’]s|\s+(?:is|was|are|were))\s+the\s+names?\s+of\s+(?:the\s+|an?\s+)?((?:(?!(?:that|who|which|whose|in|at|from|for|with|on|of|by)\b|[\p{L}'’-]+(?:ed|en|ing)\b)[\p{L}'’-]+\s*){1,4})/iu;

const UNNAMED = 'The article does not give the name.';

/**
 * Why the best sentence cannot give the asked name, or undefined when it may (audit 61 B-a61-20): "What is the name of
 * the Florida company that won the contract?" over "…the contract had been awarded to a Florida-based company "with no
 * track record"": every mention of the named thing's noun is an unnamed member, introduced by "a"/"another"/"one" with
 * no name in apposition or after "called" (answer-which-unnamed.ts reads the phrase), so the sentence says only that
 * such a company exists; a definite "the contractor" where no sentence names one says no more. Other names in the sentence (the speaker's, the venue's) are not the asked one's.
 */
export function nameOfUnnamed(analysis: Analysis, best: number, question: string): string | undefined {
  const phrase = NAME_OF.exec(question)?.[1]?.trim();
  const head = phrase?.split(/\s+/).at(-1);
  if (head === undefined) return undefined;
  const heads = new Set(contentTerms(head));
  if (unnamedMentionsOnly(analysis, best, heads)) return UNNAMED;
  // "What is the name of the contractor?" over "…believed the contractor had underpriced…": a definite mention points
  // back to a name only when some sentence sets one beside the noun ("the contractor, Hallam Ltd").
  const says = contentTerms(analysis.sentences[best]!.text).some((t) => heads.has(t));
  const isHead = (word: string): boolean => contentTerms(word).some((t) => heads.has(t));
  const named = (text: string): boolean => namedMention(text, heads) || namesRoleHolder(isHead, text);
  return says && !analysis.sentences.some((s) => named(s.text)) ? UNNAMED : undefined;
}
