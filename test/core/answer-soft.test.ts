import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { FEATURE_NAMES } from '../../src/core/answer-feature-names';
import { answerFeatures } from '../../src/core/answer-features';
import { softMatches } from '../../src/core/answer-soft';
import { hasVector, termSimilarity } from '../../src/core/answer-vectors';
import { indexArticle } from '../../src/core/article-index';
import { contentTerms } from '../../src/core/tokenize-words';

const term = (word: string): string => contentTerms(word)[0]!;
const SOFT_HEAD = FEATURE_NAMES.indexOf('softHead');

/** One feature of each body sentence for one question. */
function feature(lines: string[], question: string, k: number): number[] {
  const analysis = analyzeArticle(['Test headline', '', ...lines].join('\n'));
  return answerFeatures(analysis, question).sentences.map((s) => s.values[k]!);
}

describe('word vectors (GloVe, committed as answer-vectors.json)', () => {
  it('puts paraphrases close and unrelated words far apart', () => {
    expect(termSimilarity(term('ballot'), term('vote'))).toBeGreaterThan(0.6);
    expect(termSimilarity(term('murder'), term('killing'))).toBeGreaterThan(0.6);
    expect(termSimilarity(term('ballot'), term('banana'))).toBeLessThan(0.3);
    expect(termSimilarity(term('vote'), term('vote'))).toBe(1);
  });

  it('knows the words of news copy and says 0 for a term it does not know', () => {
    expect(hasVector(term('parliament'))).toBe(true);
    expect(hasVector('zzqxv')).toBe(false);
    expect(termSimilarity('zzqxv', term('vote'))).toBe(0);
  });

  it('stays a small file: read at train time from the 300 MB package, shipped as ~2 MB', () => {
    const size = statSync(new URL('../../src/core/answer-vectors.json', import.meta.url)).size;
    expect(size).toBeLessThan(3 * 1024 * 1024);
  });
});

describe('answerFeatures: paraphrase through word vectors', () => {
  it('brings a question word close to its paraphrase in a sentence, not to an unrelated word', () => {
    const analysis = analyzeArticle(
      [
        'Test headline',
        '',
        'The recipe calls for two ripe bananas.',
        'Officials said the ballot was held in secret.',
      ].join('\n'),
    );
    const matches = softMatches(indexArticle(analysis), [term('vote')], []);
    expect(matches.terms[1]![0]!).toBeGreaterThan(0.5);
    expect(matches.terms[0]![0]!).toBeLessThan(0.3);
  });

  it("scores how close a sentence comes to the wh-phrase's head ('which lawmaker' -> senator)", () => {
    const lines = ['The bill passed on Tuesday.', 'A senator from Ohio wrote the bill.'];
    const head = feature(lines, 'which lawmaker wrote the bill?', SOFT_HEAD);
    expect(head[1]!).toBeGreaterThan(head[0]!);
  });
});
