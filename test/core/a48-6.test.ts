import { describe, expect, it } from 'vitest';
import { questionsOf } from '../support/questions-of';

const LEAD = 'A grain barge sank off the north pier on Friday.';

describe('audit 48, B-a48-6: one adverb inside "not … clear/known" still asks what is unknown', () => {
  it('asks of "not immediately clear what …"', () => {
    expect(questionsOf(LEAD, 'It was not immediately clear what sank the barge.')).toContain(
      'Who can say what sank the barge?',
    );
  });
  it('asks of "not yet known how many …", not only shows the passage', () => {
    expect(questionsOf(LEAD, 'It is not yet known how many crew were aboard.')).toContain(
      'Who can say how many crew were aboard?',
    );
  });
  it('control: the bare "not clear what …" asks the same question', () => {
    expect(questionsOf(LEAD, 'It was not clear what sank the barge.')).toContain('Who can say what sank the barge?');
  });
  it('control: "not widely known that …" asserts its clause and asks nothing of it', () => {
    expect(questionsOf(LEAD, 'It is not widely known that the barge sank once before.').join(' ')).not.toMatch(
      /Who can say|sank once before\?/,
    );
  });
});
