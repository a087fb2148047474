import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Outlet stands by its story\n\n${body}`).quotes.map((q) => q.speaker);

const words = '"We checked every figure twice and we are confident in what we printed,"';

/** Session 47, review 47's B-r47-3, on invented copy: an outlet that speaks keeps its speaker. */
describe('a media outlet speaking is its speaker (B-r47-3)', () => {
  it('keeps the channel', () => {
    const lead = 'A local television channel in Marlow has been criticised over a report on the harbour works.\n\n';
    expect(quoteSpeakers(`${lead}${words} the channel said in a statement on Monday.`)).toEqual(['the channel']);
  });

  it('keeps the journal', () => {
    const lead = 'A science journal has been asked to withdraw a study of river pollution near Marlow.\n\n';
    expect(quoteSpeakers(`${lead}${words} the journal said.`)).toEqual(['the journal']);
  });

  it('control: a statement that names no one stays unattributed', () => {
    const lead = 'A local television channel in Marlow has been criticised over a report on the harbour works.\n\n';
    expect(quoteSpeakers(`${lead}${words} the statement said.`)).toEqual([null]);
  });
});
