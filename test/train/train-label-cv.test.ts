import { describe, expect, it } from 'vitest';
import type { EditorArticle } from '../../src/eval/followup-editor-data';
import { f1 } from '../../src/train/best-choice';
import { annotationClass } from '../../src/train/train-label-classes';
import { trainCuelessCv } from '../../src/train/train-label-cv';
import type { Attribution } from '../../src/train/weak-labels';
import { editorStory } from '../support/editor-story';

const attribution = (start: number, end: number, source: string | null, cue = 'said'): Attribution => ({
  start,
  end,
  content: '',
  cue,
  source,
});

describe('annotationClass', () => {
  it("reads a span no attribution overlaps as the writer's own voice", () => {
    expect(annotationClass([attribution(0, 10, 'The mayor')], 10, 20)).toBe('writer');
  });

  it('takes the first class that holds: no source, then anonymous, partisan, contesting, named', () => {
    const named = attribution(0, 50, 'The mayor');
    expect(annotationClass([named], 5, 20)).toBe('named');
    expect(annotationClass([named, attribution(10, 30, 'some officials')], 5, 20)).toBe('anonymous');
    expect(annotationClass([named, attribution(10, 30, null)], 5, 20)).toBe('no-source');
    expect(annotationClass([named, attribution(10, 30, 'a Clinton campaign spokesman')], 5, 20)).toBe('partisan');
    expect(annotationClass([named, attribution(10, 30, 'The mayor', 'denied')], 5, 20)).toBe('contested');
  });
});

/** A story no cue family reads, its first sentence flagged or not: only a cue-less bar reaches it. */
const story = (name: string, flagged: boolean): EditorArticle =>
  editorStory(
    name,
    ['The depot will cost $40 million more than the council was told.', 'The council met on Tuesday.'],
    flagged,
  );

describe('trainCuelessCv', () => {
  it('scores held-out articles only with a bar chosen on the other folds, and keeps "none" on a tie', () => {
    const flagged = Array.from({ length: 10 }, (_, i) => story(`f${i}`, true));
    const [split] = trainCuelessCv(flagged, { splits: 1, folds: 5, bars: [null, 0.01] });
    // Every article's first sentence is flagged and reached only without a cue: every fold admits it.
    expect(split!.chosen).toEqual([0.01, 0.01, 0.01, 0.01, 0.01]);
    expect(split!.cv.labels).toBe(10);
    expect(split!.cv.covered).toBeGreaterThan(split!.shipped.covered);
    expect(f1(split!.cv)).toBeGreaterThan(f1(split!.shipped));
    // Nothing flagged: admitting more gains nothing, so the first bar (a cue required) stands.
    const none = Array.from({ length: 10 }, (_, i) => story(`n${i}`, false));
    expect(trainCuelessCv(none, { splits: 1, folds: 5, bars: [null, 0.01] })[0]!.chosen).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
