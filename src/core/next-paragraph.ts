import type { Sentence } from './analysis-types';

/**
 * Where the paragraph after sentence `index`'s own opens: the index of its first sentence, or sentences.length when
 * `index` stands in the last paragraph. An interviewer's question turn and the reply after it are read by paragraph.
 */
export function nextParagraph(sentences: readonly Pick<Sentence, 'paragraph'>[], index: number): number {
  let next = index + 1;
  while (sentences[next]?.paragraph === sentences[index]!.paragraph) next++;
  return next;
}
