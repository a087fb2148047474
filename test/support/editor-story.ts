import type { EditorArticle } from '../../src/eval/followup-editor-data';
import { labelledArticle } from './labelled-story';

/** An editor-labelled PolNeAR article of the given paragraphs, its first sentence flagged or not. */
export function editorStory(name: string, texts: readonly string[], flagged: boolean): EditorArticle {
  return labelledArticle('Depot story', name, texts, (s, i) =>
    i === 0 && flagged ? [`${name}:${s.start}:${s.end}`] : [],
  );
}
