import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { DEFINITE_ROLE, mayNameRole } from '../../src/core/role-mentions';
import { readEvalArticle, readFlynn } from './flynn-sample';

const EVAL_ARTICLES = fileURLToPath(new URL('../../../shared/eval/bbc/article', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

/** Shipped copy and the BBC eval articles, one sentence-like piece each. */
function copySentences(): string[] {
  const bbc = readdirSync(EVAL_ARTICLES).flatMap((category) =>
    readdirSync(`${EVAL_ARTICLES}/${category}`).map((file) =>
      readEvalArticle(`${category}/${file.replace(/\.txt$/, '')}`),
    ),
  );
  const texts = [readFlynn(), ...readdirSync(SAMPLES).map((f) => readFileSync(`${SAMPLES}/${f}`, 'utf8')), ...bbc];
  return texts.flatMap((t) => t.split(/(?<=[.!?]["”]?)\s+|\n+/));
}

describe('mayNameRole (the pre-check before the "the <role>" pattern)', () => {
  it('holds for every head the pattern finds in copy, so skipping a sentence never loses a mention', () => {
    let found = 0;
    for (const sentence of copySentences()) {
      for (const m of sentence.matchAll(DEFINITE_ROLE)) {
        found++;
        expect(mayNameRole(sentence, new Set([m[2]!.toLowerCase()])), sentence).toBe(true);
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it('reads the role in any case and says no when no known role word is there', () => {
    expect(mayNameRole('THE CHANCELLOR said no.', new Set(['chancellor']))).toBe(true);
    expect(mayNameRole('The Chancellor said no.', new Set(['bishop', 'chancellor']))).toBe(true);
    expect(mayNameRole('The Chancellor said no.', new Set(['bishop']))).toBe(false);
    expect(mayNameRole('The Chancellor said no.', new Set())).toBe(false);
  });

  it('still links "the <role>" to the person named with that role earlier', () => {
    const { quotes } = analyzeArticle(
      'Budget day\n\nChancellor Gordon Brown set out his plans on Wednesday.\n\n"We will keep borrowing low," the Chancellor said.\n',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Gordon Brown']);
  });
});
