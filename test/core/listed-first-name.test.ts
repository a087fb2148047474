import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { listedFirstName } from '../../src/core/listed-first-name';
import { whoIsWho } from '../../src/core/who-is-who';

const listed = (text: string): string[] => whoIsWho(analyzeArticle(text)).people.map((p) => p.name);

describe('a first name from the stdlib lists, beyond the hand lists', () => {
  it('lists someone named once in full and again by surname, whose first name only the lists know', () => {
    const text = [
      'Candidates skip the convention',
      '',
      'At least two candidates are opting out, including Russ Halvorsen, who is challenging the senator.',
      '',
      'A spokesman for the Halvorsen campaign said the candidate would stay home.',
    ].join('\n');
    expect(listed(text)).toContain('Russ Halvorsen');
  });

  it('confirms nothing the copy shows to be something else', () => {
    const copy = 'The New York Jets won. Perry High lost, and the high school band played.';
    expect(listedFirstName(['York', 'Jets'], copy, [copy])).toBe(false);
    expect(listedFirstName(['Perry', 'High'], copy, [copy])).toBe(false);
    expect(listedFirstName(['Red', 'Hot', 'Chili', 'Peppers'], copy, [copy])).toBe(false);
    expect(listedFirstName(['Russ', 'Halvorsen'], `Senator Russ Halvorsen spoke. ${copy}`, [copy])).toBe(true);
  });
});
