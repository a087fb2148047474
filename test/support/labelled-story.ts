import { analyzeArticle } from '../../src/core/analyze-article';
import type { EditorArticle } from '../../src/eval/followup-editor-data';
import { preparedAsShipped } from '../../src/eval/prepared-as-shipped';

/**
 * An editor-labelled PolNeAR article of the given paragraphs, read as loadEditorArticles reads one (reported
 * claims, claim spans and all), each sentence matching `flagged` one flagged passage of its own.
 */
export function labelledStory(paragraphs: readonly string[], flagged: RegExp): EditorArticle {
  const analysis = analyzeArticle(`Harbour story\n\n${paragraphs.join('\n\n')}`);
  const keysAt = analysis.sentences.map((s, i) => (flagged.test(s.text) ? [`k${i}`] : []));
  const byId = new Map(analysis.sentences.map((s, i) => [s.id, keysAt[i]!]));
  return {
    corpus: 'polnear',
    name: 'harbour',
    prepared: preparedAsShipped(analysis),
    texts: analysis.sentences.map((s) => s.text),
    keysAt,
    flagged: keysAt.map((k) => k.length > 0),
    labels: keysAt.flat().length,
    labelKeys: keysAt.flat(),
    keysOf: (ids) => ids.flatMap((id) => byId.get(id) ?? []),
  };
}
