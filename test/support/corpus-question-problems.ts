import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analyzer } from '../../src/eval/eval-corpus';
import { questionProblems } from './question-grammar';

/** BBC (every category) and PolNeAR dev and train: train's 840 articles were never used to write the templates. */
function corpusFiles(evalDir: string): string[] {
  const bbc = join(evalDir, 'bbc', 'article');
  const files = readdirSync(bbc).flatMap((category) =>
    readdirSync(join(bbc, category)).map((f) => join(bbc, category, f)),
  );
  const polnear = ['dev', 'train'].flatMap((split) => {
    const dir = join(evalDir, 'polnear', 'article', split);
    return readdirSync(dir).map((f) => join(dir, f));
  });
  return [...files, ...polnear].filter((f) => f.endsWith('.txt'));
}

/**
 * Every question the engine asks on the corpus, read by questionProblems, and one asked twice in an article.
 * `analyze` is the caller's: eval-floors.test.ts passes the analyser its scorers already ran, so the corpus is
 * analysed once for both (two passes over the same ~1,000 articles were half a minute of CI).
 */
export function corpusQuestionProblems(evalDir: string, analyze: Analyzer): { asked: number; problems: string[] } {
  const problems: string[] = [];
  let asked = 0;
  for (const file of corpusFiles(evalDir)) {
    const analysis = analyze(readFileSync(file, 'utf8'));
    const copy = [analysis.title, ...analysis.sentences.map((s) => s.text)].join('\n');
    const seen = new Set<string>();
    for (const q of analysis.questions) {
      asked++;
      const found = questionProblems(q.text, copy);
      if (seen.has(q.text)) found.push('asked twice');
      seen.add(q.text);
      if (found.length > 0) problems.push(`${file}: ${found.join('; ')}: ${q.text}`);
    }
  }
  return { asked, problems };
}
