import { describe, expect, it } from 'vitest';
import { dated } from '../../src/core/dated';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';
import { writerForecast } from '../../src/core/writer-forecast';

/**
 * kind55 (review s39 B-r39-15): one reading of a date for the narration gates and the writer's-forecast reader,
 * which had kept two lists ("next month" was a date to one and not the other, "Tuesday" the reverse). Own copy.
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('one date reading for the gates that spare a dated event', () => {
  it('a writer’s forecast tied to next month is an event to watch, not only a passage', () => {
    const text = 'The dispute is likely to spread to other ports next month.';
    expect(writerForecast(text, text.indexOf('is likely'))).toBeNull();
  });
  it('a plan a speech talked about with a bare weekday of its own stays pending', () => {
    expect(shapes('The mayor highlighted her plans to visit the depot Tuesday.')).toContain('plan');
  });
  it('"in the end" is no date: the talked-about plan is still narration', () => {
    expect(shapes('The mayor highlighted her plans to visit the depot in the end.')).not.toContain('plan');
  });
  it('control: an undated forecast is still the writer’s passage', () => {
    const text = 'The dispute is likely to spread to other ports.';
    expect(writerForecast(text, text.indexOf('is likely'))).toBe('passage');
  });
  it('control: the dates both lists read', () => {
    for (const text of ['on Tuesday', 'tomorrow', 'tonight', 'May 5', 'next month', 'by March', 'in 2017'])
      expect(dated(text)).toBe(true);
    for (const text of ['in the end', 'it may rain', 'a march on the town hall', 'the next step'])
      expect(dated(text)).toBe(false);
  });
});
