import type { Sentence } from './analysis-types';

/**
 * Rewrites each sentence's quote marks in order, carrying whether a quote is open from one sentence
 * to the next of its paragraph: a quotation runs over sentences, and a new paragraph starts closed.
 * Sentences whose text comes back the same are returned as they are.
 */
export function paragraphMarks(
  sentences: Sentence[],
  rewrite: (text: string, open: boolean) => { text: string; open: boolean },
): Sentence[] {
  let open = false;
  let paragraph = -1;
  return sentences.map((sentence) => {
    if (sentence.paragraph !== paragraph) open = false;
    paragraph = sentence.paragraph;
    const next = rewrite(sentence.text, open);
    open = next.open;
    return next.text === sentence.text ? sentence : { ...sentence, text: next.text };
  });
}
