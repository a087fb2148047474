import type { Analysis, Sentence } from '../../src/core/analysis-types';

/**
 * What findOpenQuestions reads, built from bare sentences (one per paragraph, no quotes): the
 * question tests then depend only on the cues in the words, not on the rest of the engine.
 */
export function questionInputOf(texts: string[], entities: Analysis['entities'] = []) {
  const sentences: Sentence[] = texts.map((text, id) => ({
    id,
    text,
    start: id * 200,
    end: id * 200 + text.length,
    paragraph: id,
  }));
  return { title: 'Test story', sentences, quotes: [], statements: [], entities };
}
