import { describe, expect, it } from 'vitest';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * Review s40 B-r40-5 (fix40b): a challenge dated by month and year is history only before the article's year (its
 * stored date, else the latest year the copy names). Copy written for the test; no date comes from the clock.
 */
const LEAD = "A brewery has lodged an appeal against Millbrook council's refusal of a 90-room hotel on its old yard.";
const challenged = (sentence: string, publishedAt?: string, lead = LEAD): boolean => {
  const article = { title: 'Brewery appeals against hotel refusal', sentences: [{ text: lead }, { text: sentence }] };
  return findCues(sentence, '', KIND_GATES, { ...article, publishedAt }).some((c) => c.shape === 'challenge');
};
const REJECTED = 'In September 2025, the planning committee rejected the hotel as too bulky for the riverside.';

describe("a month and year of the article's own year is news (B-r40-5)", () => {
  it('the latest year the copy names', () => {
    expect(challenged(REJECTED)).toBe(true);
  });
  it('the stored date', () => {
    expect(challenged(REJECTED, '2025-11-02T09:00:00Z')).toBe(true);
  });
  it('control: the same with a day, no year, is a challenge on base and after', () => {
    expect(challenged('On Tuesday, the planning committee rejected the hotel as too bulky for the riverside.')).toBe(
      true,
    );
  });
  it('control: a year before the stored date is history', () => {
    expect(challenged(REJECTED, '2027-01-10T09:00:00Z')).toBe(false);
  });
  it('control: a year before a later year the copy names is history', () => {
    expect(challenged(REJECTED, undefined, `${LEAD} The yard has stood empty since 2026.`)).toBe(false);
  });
  it('control: a bare year, with no stored date and no later year named, stays history', () => {
    expect(challenged('In 2025, the planning committee rejected the hotel as too bulky for the riverside.')).toBe(
      false,
    );
  });
});
