import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { drawPronounQuotes } from '../../src/eval/draw-pronoun-quotes';
import { samePerson, scorePronounSpeakers } from '../../src/eval/score-pronoun-speakers';
import { projectPath } from '../../src/project-path';

describe('pronoun quotations against hand labels', () => {
  it('counts the same person right, a namesake with another given name wrong', () => {
    expect(samePerson('Hillary Rodham Clinton', 'Hillary Clinton')).toBe(true);
    expect(samePerson('Obama', 'Barack Obama')).toBe(true);
    expect(samePerson('Ron Howard', 'Clint Howard')).toBe(false);
    expect(samePerson('He’s', 'Donald Trump')).toBe(false);
    expect(samePerson(null, 'Donald Trump')).toBe(false);
  });

  it('scores a null speaker as neither right nor named, and "unresolvable" as right only without a name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pron-'));
    mkdirSync(join(dir, 'polnear', 'article', 'dev'), { recursive: true });
    const text = 'Head.\n\nShe spoke. "We will win this race," she said. "Nobody knows who wrote this," he said.\n';
    writeFileSync(join(dir, 'polnear', 'article', 'dev', 'a.txt'), text);
    const at = (q: string) => ({ start: text.indexOf(q), end: text.indexOf(q) + q.length });
    const labels = join(dir, 'labels.json');
    const items = [
      { article: 'dev/a', ...at('We will win this race,'), name: 'Jane Roe' },
      { article: 'dev/a', ...at('Nobody knows who wrote this,'), name: 'unresolvable' },
    ];
    writeFileSync(labels, JSON.stringify({ items }));
    const analysis = (speakers: Array<string | null>): Analysis =>
      ({
        sentences: [],
        quotes: ['We will win this race,', 'Nobody knows who wrote this,'].map((q, i) => ({
          text: q,
          speaker: speakers[i] ?? null,
          sentenceId: i,
          key: false,
        })),
      }) as unknown as Analysis;
    const run = (speakers: Array<string | null>) =>
      scorePronounSpeakers({ evalDir: dir, labelsPath: labels, analyze: () => analysis(speakers) }).dev;
    expect(run([null, null])).toMatchObject({ labelled: 2, found: 2, named: 0, right: 1 });
    expect(run(['Roe', 'Roe'])).toMatchObject({ named: 2, right: 1 });
  });
});

describe('the committed pronoun labels', () => {
  it('are the seeded draws, in order, each with a name', () => {
    const evalDir = projectPath('..', 'shared', 'eval');
    const draw = drawPronounQuotes(evalDir);
    const { items } = JSON.parse(readFileSync(projectPath('labels', 'pronoun-speakers.json'), 'utf8')) as {
      items: Array<{ article: string; start: number; name: string }>;
    };
    expect(items.map((i) => `${i.article}@${i.start}`)).toEqual(
      [...draw.train, ...draw.dev, ...draw.devLate].map((q) => `${q.article}@${q.start}`),
    );
    expect(items.every((i) => i.name.trim() !== '')).toBe(true);
  });
});
