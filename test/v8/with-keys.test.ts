import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { withKeys } from '../../src/core/with-keys';

const MODULE = fileURLToPath(new URL('../../src/core/with-keys.ts', import.meta.url));

describe('withKeys: a spread that adds keys, with one hidden class per shape', () => {
  it('keeps the spread’s keys, order and values, the added ones winning, and leaves the base alone', () => {
    const base = { title: 'Dock strike', sentences: [1], quotes: [] as number[] };
    const joined = withKeys(base, { sentences: [2], summary: 'gist', questions: ['why?'] });
    expect(Object.keys(joined)).toEqual(['title', 'sentences', 'quotes', 'summary', 'questions']);
    expect(joined).toEqual({ ...base, sentences: [2], summary: 'gist', questions: ['why?'] });
    expect(base).toEqual({ title: 'Dock strike', sentences: [1], quotes: [] });
  });

  it('gives objects of one shape one hidden class, call after call (V8 gave each spread result its own)', () => {
    // Run in a child: %HaveSameMap needs --allow-natives-syntax.
    const script = `
      const { withKeys } = await import(${JSON.stringify(MODULE)});
      const made = [];
      for (let i = 0; i < 50; i++) made.push(withKeys({ title: 't' + i, sentences: [] }, { publishedAt: i }));
      console.log(made.every((o) => %HaveSameMap(o, made[0])));`;
    const child = spawnSync(
      process.execPath,
      ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
      },
    );
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('true');
  });

  it('leaves the analysis’s keys in their order', () => {
    const analysis = analyzeArticle('Dock strike\n\nWorkers at the port walked out on Monday, the union said.\n');
    expect(Object.keys(analysis)).toEqual([
      'title',
      'sentences',
      'quotes',
      'statements',
      'entities',
      'summary',
      'questions',
    ]);
  });
});
