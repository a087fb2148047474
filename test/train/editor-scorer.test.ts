import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { prepareQuestions } from '../../src/core/prepare-questions';
import { followupCeiling } from '../../src/eval/followup-ceiling';
import { type EditorArticle, trainLabelSources } from '../../src/eval/followup-editor-data';
import { DEFAULT_EVAL_DIR } from '../../src/eval/run-eval';
import { fitEditorScorer, loadTrainEditorArticles } from '../../src/train/editor-scorer';

/** A story whose second sentence (a denial: a cue) and fourth (no cue) an editor flagged; the first is not. */
function story(name: string, first = 'The council met on Tuesday.'): EditorArticle {
  const texts = [
    first,
    'The mayor denied that he had misled investigators.',
    'The park opened in 1990.',
    'Residents counted forty trucks on the bridge.',
  ];
  const analysis = analyzeArticle(`Council story\n\n${texts.join('\n\n')}`);
  const flagged = analysis.sentences.map((s) => /denied|trucks/.test(s.text));
  const keyOf = new Map(analysis.sentences.map((s, i) => [s.id, flagged[i] ? [`k${i}`] : []]));
  return {
    corpus: 'polnear',
    name,
    prepared: prepareQuestions(analysis),
    texts: analysis.sentences.map((s) => s.text),
    keysAt: analysis.sentences.map((s) => keyOf.get(s.id) ?? []),
    flagged,
    labels: 2,
    labelKeys: analysis.sentences.flatMap((_, i) => (flagged[i] ? [`k${i}`] : [])),
    keysOf: (ids) => ids.flatMap((id) => keyOf.get(id) ?? []),
  };
}

describe('trainLabelSources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-labels-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every writer’s train file, in name order, and nothing else', () => {
    for (const f of [
      'polnear-followups-train-b.jsonl',
      'polnear-followups-train-a.jsonl',
      'followups-dev.jsonl',
      'notes.md',
    ])
      writeFileSync(join(dir, f), '');
    expect(trainLabelSources(dir).map((s) => s.file)).toEqual([
      join(dir, 'polnear-followups-train-a.jsonl'),
      join(dir, 'polnear-followups-train-b.jsonl'),
    ]);
    expect(trainLabelSources(join(dir, 'missing'))).toEqual([]);
  });

  it('refuses a label on a dev article: the train labels never cover dev', () => {
    const mixed = mkdtempSync(join(tmpdir(), 'newsbrief-labels-'));
    try {
      const line = (article: string) => `${JSON.stringify({ article, start: 0, end: 10, type: 'unverified' })}\n`;
      writeFileSync(join(mixed, 'polnear-followups-train-a.jsonl'), line('train/x') + line('dev/y'));
      expect(() => loadTrainEditorArticles(DEFAULT_EVAL_DIR, mixed)).toThrow(/dev\/y.*not a PolNeAR train article/);
    } finally {
      rmSync(mixed, { recursive: true, force: true });
    }
  });
});

describe('followupCeiling', () => {
  it('counts a passage on a sentence with no cue as out of reach, and a question citing none', () => {
    // An unflagged unnamed-source sentence first: the engine asks it as well as the flagged denial.
    const c = followupCeiling([story('s', 'Officials may have known about the leak for weeks, sources said.')]);
    expect(c).toEqual({ articles: 1, passages: 2, reachable: 1, covered: 1, questions: 2, citingNone: 1 });
  });
});

describe('fitEditorScorer', () => {
  const silver = { bias: -1.5, 'x:denial': 0.4 };

  it('keeps the silver weights when no train labels exist', () => {
    const fit = fitEditorScorer(silver, []);
    expect(fit.weights).toEqual(silver);
    expect(fit.articles).toBe(0);
  });

  it('moves the weights towards what the editors flagged, the same weights every run', () => {
    const articles = Array.from({ length: 4 }, (_, i) => story(`s${i}`));
    const fit = fitEditorScorer(silver, articles);
    expect(fit.positives).toBe(8);
    expect(fit.weights['x:denial']!).toBeGreaterThan(silver['x:denial']);
    expect(fitEditorScorer(silver, articles).weights).toEqual(fit.weights);
  });
});
