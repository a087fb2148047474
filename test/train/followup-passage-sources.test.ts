import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { prepareQuestions } from '../../src/core/prepare-questions';
import type { EditorArticle } from '../../src/eval/followup-editor-data';
import { passageSources } from '../../src/train/followup-passage-sources';

/** One train article on disk with its annotation, and its three flagged passages (one per sentence). */
function fixture(): { dir: string; article: EditorArticle } {
  const sentences = [
    'The mayor said the depot will cost $40 million.',
    'Some officials said the contract was rushed.',
    'The depot opened in 1990.',
  ];
  const text = `Depot plan\n\n${sentences.join('\n\n')}\n`;
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-sources-'));
  for (const sub of ['article', 'attributions']) mkdirSync(join(dir, 'polnear', sub, 'train'), { recursive: true });
  writeFileSync(join(dir, 'polnear', 'article', 'train', 'depot.txt'), text);
  const span = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
  const [m0, m1] = span('The mayor');
  const [c0] = span('said the depot');
  const [d0, d1] = span('the depot will cost $40 million');
  const [o0, o1] = span('Some officials');
  const [k0] = span('said the contract');
  const [r0, r1] = span('the contract was rushed');
  writeFileSync(
    join(dir, 'polnear', 'attributions', 'train', 'depot.ann'),
    [
      `T1\tSource ${m0} ${m1}\tThe mayor`,
      `T2\tCue ${c0} ${c0 + 4}\tsaid`,
      `T3\tContent ${d0} ${d1}\tx`,
      'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
      `T4\tSource ${o0} ${o1}\tSome officials`,
      `T5\tCue ${k0} ${k0 + 4}\tsaid`,
      `T6\tContent ${r0} ${r1}\tx`,
      'E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6',
    ].join('\n'),
  );
  const analysis = analyzeArticle(text);
  const keysAt = analysis.sentences.map((s) => {
    const at = text.indexOf(s.text);
    return [`span:${at}:${at + s.text.length}`];
  });
  return {
    dir,
    article: {
      corpus: 'polnear',
      name: 'train/depot',
      prepared: prepareQuestions(analysis),
      texts: analysis.sentences.map((s) => s.text),
      keysAt,
      flagged: keysAt.map(() => true),
      labels: keysAt.length,
      labelKeys: keysAt.flat(),
      keysOf: () => [],
    },
  };
}

describe('passageSources', () => {
  const { dir, article } = fixture();
  const cued = article.prepared.sentences.map((s) => s.cue !== null);

  it('splits the flagged passages by whether a cue family reaches them, each counted once', () => {
    const missed = passageSources(dir, [article], false);
    const reached = passageSources(dir, [article], true);
    expect(missed.passages + reached.passages).toBe(3);
    expect(reached.passages).toBe(cued.filter(Boolean).length);
  });

  it('reads the annotation: the writer’s voice, an anonymous source, a named one', () => {
    const all = [false, true].map((r) => passageSources(dir, [article], r));
    const sum = (k: 'unattributed' | 'anonymous' | 'noSource') => all.reduce((n, t) => n + t[k], 0);
    // "The depot opened in 1990." carries no attribution; "Some officials" names nobody; "The mayor" is a named role.
    expect(sum('unattributed')).toBe(1);
    expect(sum('anonymous')).toBe(1);
    expect(sum('noSource')).toBe(0);
  });
});
