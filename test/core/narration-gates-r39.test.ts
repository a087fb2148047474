import { describe, expect, it } from 'vitest';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * Review s39 B-r39-1/-2/-3 (fix39a): session 38's narration gates read their construction by grammar, so a live plan
 * coordinated after an ended one, a withheld promise about the future and a postponed vote stay open questions. Copy
 * written for the test, in US and British house styles.
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('"and plans to" after a verb that ended something else is a new plan (B-r39-1)', () => {
  it.each([
    'The bakery has halted deliveries and plans to reopen the shop by June.',
    'The league has axed the cup and plans to launch a new tournament next season.',
    'The regulator blocked the merger but plans to review the deal again in March.',
    'The club dropped its striker and plans to sign a new one in January.',
  ])('%s', (text) => {
    expect(shapes(text)).toContain('plan');
  });
  it.each([
    'The bakery has halted its plans to reopen the shop.',
    'The league scrapped its own plans to launch a new tournament.',
    'The regulator blocked the firm’s expansion plans to open in Leeds.',
    'The trust has abandoned plans to sell the hospital car park.',
  ])('control: %s still ends its plan', (text) => {
    expect(shapes(text)).not.toContain('plan');
  });
});

describe('a refusal to say that something will happen withholds a promise (B-r39-2)', () => {
  it.each([
    'The mayor refused to say that the depot would stay open after the summer.',
    'The coach declined to say that he will stay at the club next season.',
    'The minister would not say that the line, which carries 9,000 people a day, would reopen in May.',
  ])('%s', (text) => {
    expect(shapes(text)).toContain('refusal');
  });
  it.each([
    'The mayor refused to say that the depot was a failure.',
    'The chairman declined to say publicly that the club’s finances were healthy.',
    'The mayor refused to say that the scheme would have worked without the cuts.',
  ])('control: %s is a statement refused', (text) => {
    expect(shapes(text)).not.toContain('refusal');
  });
});

describe('a past "was going to" whose event is put off to a date is still to come (B-r39-3)', () => {
  it.each([
    'The board was going to vote on the merger on Monday, but the vote has been put off until March.',
    'Members were going to vote on the offer this week, but the ballot was postponed to next month.',
    'Shareholders were going to vote on Friday until the meeting was moved to Thursday.',
  ])('%s', (text) => {
    expect(shapes(text)).toContain('schedule');
  });
  it.each([
    'At one stage I wasn’t even going to vote, but the campaign changed my mind.',
    'The farmers were going to vote on Friday, but the meeting was cancelled.',
    'For a while she was going to vote, but the count was delayed by two hours.',
  ])('control: %s stays history', (text) => {
    expect(shapes(text)).not.toContain('schedule');
  });
});
