import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { tokenize } from '../../src/core/tokenize';
import { whoIsWho } from '../../src/core/who-is-who';

/** Audit 60's B-a60-6: a slash between two capitalised words joins one name. Copy written for the test. */
const article = (headline: string, ...paragraphs: string[]) =>
  analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));

describe('a slash-joined name before a role noun', () => {
  it('keeps both halves of the name in the role and the organisation', () => {
    const a = article(
      'Ferry service to resume',
      'Orkney/Shetland Harbour Trust chairman Tomas Reddle said the ferries would sail again on Monday.',
      'The trust closed the route in March after a storm damaged the pier.',
    );
    const person = a.entities.find((e) => e.name === 'Tomas Reddle');
    expect(person?.role).toBe('Orkney/Shetland Harbour Trust chairman');
    const people = whoIsWho(a).people;
    expect(people.find((p) => p.name === 'Tomas Reddle')?.role).toBe('Orkney/Shetland Harbour Trust chairman');
  });

  it('joins only capitalised words: "and/or" and a slash before a lower-case word stay apart', () => {
    expect(tokenize('Kent/Sussex Board').map((w) => w.text)).toEqual(['Kent/Sussex', 'Board']);
    expect(tokenize('fees and/or fines').map((w) => w.text)).toEqual(['fees', 'and', 'or', 'fines']);
    expect(tokenize('the Dover Herald/Channel Radio poll').map((w) => w.text)).toEqual([
      'the',
      'Dover',
      'Herald',
      'Channel',
      'Radio',
      'poll',
    ]);
    expect(tokenize('Paris/lyon 24/7').map((w) => w.text)).toEqual(['Paris', 'lyon', '24', '7']);
  });
});
