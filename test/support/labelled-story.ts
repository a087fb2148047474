import { analyzeArticle } from '../../src/core/analyze-article';
import type { EditorArticle } from '../../src/eval/followup-editor-data';
import { preparedAsShipped } from '../../src/eval/prepared-as-shipped';

type Sentence = { readonly text: string; readonly start: number; readonly end: number };

/**
 * An editor-labelled PolNeAR article of the given paragraphs under `headline`, read as loadEditorArticles reads
 * one (reported claims, claim spans and all); `keysOf` gives each sentence its flagged passages' keys.
 */
export function labelledArticle(
  headline: string,
  name: string,
  paragraphs: readonly string[],
  keysOf: (sentence: Sentence, index: number) => string[],
): EditorArticle {
  const analysis = analyzeArticle(`${headline}\n\n${paragraphs.join('\n\n')}`);
  const keysAt = analysis.sentences.map(keysOf);
  const byId = new Map(analysis.sentences.map((s, i) => [s.id, keysAt[i]!]));
  return {
    corpus: 'polnear',
    name,
    prepared: preparedAsShipped(analysis),
    texts: analysis.sentences.map((s) => s.text),
    keysAt,
    flagged: keysAt.map((k) => k.length > 0),
    labels: keysAt.flat().length,
    labelKeys: keysAt.flat(),
    keysOf: (ids) => ids.flatMap((id) => byId.get(id) ?? []),
  };
}

/** A harbour story whose every sentence matching `flagged` is one flagged passage of its own. */
export function labelledStory(paragraphs: readonly string[], flagged: RegExp): EditorArticle {
  return labelledArticle('Harbour story', 'harbour', paragraphs, (s, i) => (flagged.test(s.text) ? [`k${i}`] : []));
}
