import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { FEATURE_NAMES } from '../../src/core/answer-feature-names';
import { answerFeatures } from '../../src/core/answer-features';
import { softMatches } from '../../src/core/answer-soft';
import { hasVector, termSimilarity, type WordVectors } from '../../src/core/answer-vectors';
import vectorsJson from '../../src/core/answer-vectors.json' with { type: 'json' };
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

  it('decodes every byte as the reference base64 decoder does, signs included', () => {
    const reference = vectorsJson as WordVectors;
    const terms = reference.terms.split(' ');
    const d = reference.dimensions;
    const bytes = new Int8Array(Buffer.from(reference.vectors, 'base64'));
    expect(bytes.length).toBe(terms.length * d);
    expect(bytes.some((b) => b < 0) && bytes.some((b) => b > 0)).toBe(true);
    const norm = (row: number) => {
      let sum = 0;
      for (let k = row * d; k < (row + 1) * d; k++) sum += bytes[k]! * bytes[k]!;
      return Math.fround(Math.sqrt(sum) || 1);
    };
    const cosine = (a: number, b: number) => {
      let sum = 0;
      for (let k = 0; k < d; k++) sum += bytes[a * d + k]! * bytes[b * d + k]!;
      return sum / (norm(a) * norm(b));
    };
    // The first and last rows (the ends of the string, padding included) and rows between.
    const rows = [0, 1, Math.floor(terms.length / 3), Math.floor(terms.length / 2), terms.length - 2, terms.length - 1];
    for (const a of rows) {
      for (const b of rows) {
        if (a !== b) expect(termSimilarity(terms[a]!, terms[b]!), `${terms[a]} ~ ${terms[b]}`).toBe(cosine(a, b));
      }
    }
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
