import { analyzeArticle } from '../../src/core/analyze-article';
import type { EditorArticle } from '../../src/eval/followup-editor-data';
import { preparedAsShipped } from '../../src/eval/prepared-as-shipped';

/** An editor-labelled PolNeAR article of the given paragraphs, its first sentence flagged or not. */
export function editorStory(name: string, texts: readonly string[], flagged: boolean): EditorArticle {
  const analysis = analyzeArticle(`Depot story\n\n${texts.join('\n\n')}`);
  const keysAt = analysis.sentences.map((s, i) => (i === 0 && flagged ? [`${name}:${s.start}:${s.end}`] : []));
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
