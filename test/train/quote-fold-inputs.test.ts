import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import shipped from '../../src/core/models/speaker-ranker.json' with { type: 'json' };
import { quoteFoldInputs } from '../../src/train/quote-fold-inputs';
import { polnearTrainArticle } from '../support/polnear-train-article';

const root = mkdtempSync(join(tmpdir(), 'quote-folds-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** PolNeAR-shaped train articles: every "said" and "grumbled" a cue, every quotation labelled with its speaker. */
function corpus(name: string, articles: Record<string, string>): string {
  const dir = join(root, name);
  const labels: string[] = [];
  for (const [id, text] of Object.entries(articles)) {
    polnearTrainArticle(dir, id, text, /said|grumbled/g);
    for (const m of text.matchAll(/"([^"]+)," (\p{Lu}\p{L}+ \p{Lu}\p{L}+) said/gu)) {
      const start = m.index + 1;
      const label = { article: `train/${id}`, start, end: start + m[1]!.length, quote: m[1], kind: 'utterance' };
      labels.push(JSON.stringify({ ...label, speaker: m[2], aliases: [] }));
    }
  }
  writeFileSync(join(dir, 'polnear', 'quotes-train.jsonl'), `${labels.join('\n')}\n`);
  return dir;
}

const a =
  'Bridge vote\n\nTom Park grumbled. Tom Park grumbled again. Tom Park grumbled once more.\n\n"We will rebuild the bridge," Ann Lee said. "It will cost less than the old one," Tom Park said.';
const b =
  'School plan\n\n"The school opens in May," Ruth Ames said. Ruth Ames met Carl Diaz on Monday.\n\n"We have the teachers," Carl Diaz said.';
const c =
  'Road works\n\n"The road closes on Friday," Mark Hill said. Mark Hill spoke to Jane Ross.\n\n"Buses will run," Jane Ross said.';

describe("the quote trainer's fold inputs", () => {
  it('are learned as if the held-out fold were not in the corpus at all', () => {
    const whole = corpus('whole', { a, b, c });
    const held = quoteFoldInputs(whole, (article) => article === 'train/a');
    expect(held).toEqual(quoteFoldInputs(corpus('without-a', { b, c }), () => false));
    // "grumbled" is a cue only in the held-out article: the fold's table never saw it.
    expect(quoteFoldInputs(whole, () => false).cues.get('grumbled')).toBeGreaterThan(0);
    expect(held.cues.has('grumbled')).toBe(false);
    expect(held.cues.get('said')).toBeGreaterThan(0);
  });

  it("keep the shipped ranker's thresholds, which were chosen on dev, not on train", () => {
    const inputs = quoteFoldInputs(corpus('thresholds', { a, b, c }), (article) => article === 'train/c');
    expect([inputs.speakerModel.threshold, inputs.speakerModel.overrideThreshold]).toEqual([
      shipped.threshold,
      shipped.overrideThreshold,
    ]);
    expect(inputs.speakerModel.weights).toHaveLength(shipped.weights.length);
  });
});
