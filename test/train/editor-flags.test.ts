import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editorSpans, withEditorFlags } from '../../src/train/editor-flags';

// fu46 (session 46, issue 13): where an editor labelled a train article, the follow-up scorer learns the
// editor's flags instead of the weak attribution labels. Invented articles and labels.

const dir = mkdtempSync(join(tmpdir(), 'editor-flags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (name: string, labels: boolean[]) => ({
  name,
  sentences: [
    { start: 0, end: 60 },
    { start: 61, end: 130 },
    { start: 131, end: 200 },
  ],
  labels,
});

describe('the editors flags replace the weak labels of the articles they cover', () => {
  it('a labelled article takes the flags: the flagged sentence positive, the weakly labelled one not', () => {
    writeFileSync(
      join(dir, 'polnear-followups-train-x.jsonl'),
      `${JSON.stringify({ article: 'train/ferry-levy', start: 70, end: 120, type: 'pending' })}\n`,
    );
    const [levy, other] = withEditorFlags(
      [article('ferry-levy', [true, false, false]), article('mill-closure', [true, false, true])],
      editorSpans(dir),
    );
    expect(levy!.labels).toEqual([false, true, false]);
    // Control: an article no editor read keeps its weak labels.
    expect(other!.labels).toEqual([true, false, true]);
  });

  it('a label on a dev article stops the run', () => {
    writeFileSync(
      join(dir, 'polnear-followups-train-y.jsonl'),
      `${JSON.stringify({ article: 'dev/harbour-vote', start: 0, end: 10, type: 'unknown' })}\n`,
    );
    expect(() => editorSpans(dir)).toThrow(/not a train article/);
  });
});
