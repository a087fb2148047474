import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sentence } from '../core/analysis-types';
import { cleanArticle } from '../core/clean-article';
import { cueContext } from '../core/cue-context';
import { followupFeatures } from '../core/followup-features';
import { passageFeatures } from '../core/passage-features';
import { splitSentences } from '../core/split-sentences';
import { EVAL_DIR as EVAL } from './eval-dir';
import { isWeakPositive, readAttributions } from './weak-labels';

/**
 * A PolNeAR split as the follow-up trainer reads it: each article's sentences and passage features as the engine
 * reads them, and the weak label of each sentence (weak-labels.ts) from the split's attribution annotation.
 */

const EVAL_DIR = join(EVAL, 'polnear');

export function loadSplit(split: string): Array<{
  name: string;
  text: string;
  title: string;
  sentences: Sentence[];
  passage: string[][];
  labels: boolean[];
}> {
  const dir = join(EVAL_DIR, 'article', split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4);
      const text = readFileSync(join(dir, file), 'utf8');
      const article = cleanArticle(text);
      const sentences = splitSentences(article);
      const passage = passageFeatures(
        sentences.map((s) => s.text),
        article.title,
      );
      const attributions = readAttributions(
        readFileSync(join(EVAL_DIR, 'attributions', split, `${name}.ann`), 'utf8'),
        text,
      );
      const labels = sentences.map((s) =>
        attributions.some((a) => a.start < s.end && a.end > s.start && isWeakPositive(a)),
      );
      return { name, text, title: article.title, sentences, passage, labels };
    });
}

/** The sentence's scorer features, read as the engine reads them (its headline and the sentence before). */
export function featuresOf(article: ReturnType<typeof loadSplit>[number], i: number): string[] {
  const s = article.sentences[i]!;
  return followupFeatures(
    s.text,
    i,
    article.sentences.length,
    undefined,
    article.passage[i],
    cueContext(article.title, article.sentences, i),
  );
}
