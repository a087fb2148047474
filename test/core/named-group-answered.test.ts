import { describe, expect, it } from 'vitest';
import { questionsOf } from '../support/questions-of';

describe('a nameable group the next sentence names is no unnamed source', () => {
  it('does not ask which officials say it when the next sentence quotes one in full', () => {
    const asked = questionsOf(
      'Despite the cost, local officials said they welcome the new depot.',
      '"It is the best news in years," said Harbour Mayor Alan Price in an interview.',
    );
    expect(asked.join(' ')).not.toMatch(/Which officials/);
  });
  it('still asks when the next sentence names no one of the group', () => {
    const asked = questionsOf(
      'Despite the cost, local officials said they welcome the new depot.',
      'The depot will open in the spring.',
    );
    expect(asked.join(' ')).toMatch(/Which officials say they welcome the new depot/);
  });
  it('still asks when the one named is the person the sentence is about', () => {
    const asked = questionsOf(
      'Aides say Alan Price also advises the council on the depot.',
      '"We will build it," Alan Price said at the meeting.',
    );
    expect(asked).toContain('Can a named source confirm that Alan Price also advises the council on the depot?');
  });
});
