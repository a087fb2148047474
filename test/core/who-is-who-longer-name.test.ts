import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * who35 (session 26, sample 22 #29): "Dena Minning Grayson" and "Dena Minning" were listed as two people — a full
 * name written on with a married surname. Copy written for the test.
 */
const names = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs].join('\n\n'))).people.map((p) => p.name);

describe('who-is-who, a full name written on with one more surname', () => {
  it('is one person, listed by the longer name', () => {
    const people = names(
      'Congressman campaigns for his wife',
      'Alan Grayson phoned on behalf of his new wife, Dena Minning Grayson. She was running as Dena Minning when they met.',
      '“I want to run for Congress,” Dena Minning said at the time. Grayson said she would win.',
      'Dena Grayson was a lobbyist, aides said. Grayson denied it.',
    );
    expect(people).toContain('Dena Minning Grayson');
    expect(people).not.toContain('Dena Minning');
    expect(people).toContain('Alan Grayson');
  });

  it('keeps a father and a son apart ("Donald Trump" and "Donald Trump Jr.")', () => {
    const people = names(
      'Trump’s son speaks',
      'Donald Trump Jr. spoke in Ohio. “We will win,” Donald Trump Jr. said.',
      'Donald Trump spoke later. “My son is right,” Donald Trump said.',
    );
    expect(people).toContain('Donald Trump');
    expect(people).toContain('Donald Trump Jr.');
  });

  it('keeps both lines when the copy never calls anyone by the added surname alone ("Ms. Acosta", never "Febo")', () => {
    const people = names(
      'Bank chief warns on debt',
      'Melba Acosta Febo runs the bank. Melba Acosta said in May that the debt was unpayable.',
      '“We cannot pay,” Ms. Acosta said. Ms. Acosta said talks would go on.',
    );
    expect(people.some((n) => n.startsWith('Melba Acosta'))).toBe(true);
    expect(people).not.toContain('Febo');
  });
});
