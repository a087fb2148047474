import type { Sentence } from './analysis-types';

/** A sentence wholly inside parentheses, with words in it: "(We listened to the parents.)". */
const PARENTHESISED = /^\(\s*[^()]*\p{L}[^()]*\)[\s.]*$/u;

/**
 * The last sentence a quotation ending in sentence `end` occupies once its glosses are counted: a sentence in
 * parentheses right after it in its paragraph, with no verb of its own outside them, is the quotation's translation
 * or gloss ("Nous avons écouté," he told Radio-Canada. (We listened.)), no new subject to end the quotation's run.
 */
export function glossEnd(sentences: readonly Sentence[], end: number): number {
  const paragraph = sentences[end]?.paragraph;
  let last = end;
  while (sentences[last + 1]?.paragraph === paragraph && PARENTHESISED.test(sentences[last + 1]!.text.trim())) last++;
  return last;
}
