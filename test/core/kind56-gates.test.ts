import { describe, expect, it } from 'vitest';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * kind56 (issue 13, sample 37's kind misreads left by session 40): a past schedule that only dates the main clause,
 * a plan in the pluperfect, a modal's perfect, an emphatic concession, a claim the copy calls false. Copy written for the test, in US and British house styles.
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);
const kinds = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.kind);

describe('a past "was to" inside a clause of time or comparison dates a past event', () => {
  it.each([
    'The tenants held out until two days before the lease was to run out, and the landlord refused to renew it.',
    'Minutes before Ms Okafor was to address the conference, word came that the hall had been evacuated.',
    'While the new chief is more qualified than Okafor was to be mayor, there are many who served before her who were less prepared.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('schedule');
  });
  it.each([
    'After the hearing Okafor was to travel to Brussels for talks on the port.',
    'The union said the depot was to close, and staff would be told on Friday.',
    'The inspectors left before the review was to resume next month.',
    'Hours before Ms Okafor was to speak, aides said she would announce a new port authority.',
  ])('control: %s keeps its schedule cue', (text) => {
    expect(shapes(text)).toContain('schedule');
  });
});

describe('a plan in the pluperfect is history', () => {
  it.each([
    'The chairman had planned to unveil the budget himself, but by Sunday evening the job had passed to his deputy.',
    'Still, Mr. Varga had originally intended to stay in the race until the convention.',
    'She said that if her brother had planned to stand, she would have backed him.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('plan');
  });
  it.each([
    'The chairman plans to unveil the budget on Monday.',
    'Mr. Varga said he had planned to announce his decision on Tuesday.',
    'The chairman had planned to unveil the budget on Monday, but by Sunday evening the speech had been rewritten.',
    'The governor had pledged to back the party’s nominee, but sounded less certain this week.',
  ])('control: %s keeps its plan cue', (text) => {
    expect(shapes(text)).toContain('plan');
  });
});

describe("a modal's perfect looks back", () => {
  it.each([
    'The coach’s public remarks may have contributed to the board’s decision not to renew his contract this year.',
    'Poor signage might have been a factor in the decision to close the bypass this year.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('future');
  });
  it.each([
    'The board may decide on the coach’s contract later this month.',
    'Residents could have a say on the bypass later this month.',
  ])('control: %s keeps its future cue', (text) => {
    expect(shapes(text)).toContain('future');
  });
});

describe('an emphatic concession disputes nothing', () => {
  it.each([
    '“It’s hard to dispute the falling numbers,” said the council’s pollster, Ruth Hale.',
    'Nobody can dispute the figures, the harbour master said.',
  ])('%s', (text) => {
    expect(kinds(text)).not.toContain('disputed');
  });
  it.each(['The harbour master disputes the figures.', 'The union can dispute the figures at the tribunal.'])(
    'control: %s keeps its dispute cue',
    (text) => {
      expect(kinds(text)).toContain('disputed');
    },
  );
});

describe('a claim the copy calls false is no claim left open', () => {
  it.each([
    '“I never backed the bypass,” Varga said, repeating a false claim that he had opposed it from the start.',
    'The firm turned the paper into a mouthpiece for the baseless allegations that the mayor took bribes.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('claim');
  });
  it.each([
    'Varga repeated his claim that he had opposed the bypass from the start.',
    'The mayor faces allegations that she took bribes.',
  ])('control: %s keeps its claim cue', (text) => {
    expect(shapes(text)).toContain('claim');
  });
});
