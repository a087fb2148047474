import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawQuestions, unlabelledDevArticles } from '../../src/eval/sample-questions';

const ARTICLES = Array.from({ length: 40 }, (_, i) => `article-${String(i).padStart(2, '0')}`);

describe('drawQuestions: the seeded draw behind the hand-read sample', () => {
  it('draws the same questions for the same seed, whatever order the articles come in', () => {
    const count = (a: string) => (Number(a.slice(-2)) % 4) + 1;
    const once = drawQuestions(ARTICLES, count, { seed: 13, n: 10, from: 0 });
    const again = drawQuestions([...ARTICLES].reverse(), count, { seed: 13, n: 10, from: 0 });
    expect(again).toEqual(once);
    expect(once).toHaveLength(10);
    for (const d of once) expect(d.question).toBeLessThan(count(d.article));
    expect(drawQuestions(ARTICLES, count, { seed: 14, n: 10, from: 0 })).not.toEqual(once);
  });

  it('shuffles by the seed alone, so a later start never repeats an article, whatever the engine asks', () => {
    const first = drawQuestions(ARTICLES, () => 2, { seed: 13, n: 10, from: 0 });
    // An engine that asks nothing of some articles skips them, but the positions stay the seed's.
    const sparse = drawQuestions(ARTICLES, (a) => (Number(a.slice(-2)) % 3 === 0 ? 0 : 2), {
      seed: 13,
      n: 10,
      from: 20,
    });
    const firstArticles = new Set(first.map((d) => d.article));
    expect(first.at(-1)!.position).toBeLessThan(20);
    expect(sparse.every((d) => d.position >= 20 && !firstArticles.has(d.article))).toBe(true);
    expect(sparse.every((d) => Number(d.article.slice(-2)) % 3 !== 0)).toBe(true);
  });
});

describe('unlabelledDevArticles: the pool of sample 16', () => {
  it('keeps the dev articles no qa or follow-up label names, and only dev articles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sample-pool-'));
    try {
      const dev = join(dir, 'polnear', 'article', 'dev');
      mkdirSync(dev, { recursive: true });
      mkdirSync(join(dir, 'polnear', 'article', 'train'), { recursive: true });
      for (const name of ['a-asked', 'b-followed', 'c-free', 'd-free']) writeFileSync(join(dev, `${name}.txt`), 'x');
      writeFileSync(join(dev, 'notes.md'), 'x');
      writeFileSync(join(dir, 'polnear', 'article', 'train', 'e-train.txt'), 'x');
      const row = (article: string) => `${JSON.stringify({ article })}\n`;
      writeFileSync(join(dir, 'polnear', 'qa-dev.jsonl'), row('dev/a-asked') + row('dev/a-asked'));
      writeFileSync(join(dir, 'polnear', 'followups-dev.jsonl'), row('dev/b-followed'));
      expect(unlabelledDevArticles(dir).sort()).toEqual([
        'polnear/article/dev/c-free.txt',
        'polnear/article/dev/d-free.txt',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
