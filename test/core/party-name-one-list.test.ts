import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { appositionFreeName } from '../../src/core/apposition-free-name';
import { whoIsWho } from '../../src/core/who-is-who';

const people = (paragraphs: string[]) =>
  whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title: 'Council news in brief' })).people;

/**
 * Review s39 B-r39-15: the party words were three lists that disagreed, so "Jo Booth, Labour" lost its label and
 * "Jo Booth, Conservative" did not. One list (party-name.ts) now serves every reader of a party.
 */
describe('party names: one list for every reader', () => {
  it('a party label after a comma is no part of the name, whichever party', () => {
    for (const label of ['Conservative', 'Democrat', 'Liberal Democrat', 'SNP', 'Tory'])
      expect(appositionFreeName(`Jo Booth, ${label}`)).toBe('Jo Booth');
  });

  it('controls: the labels read before, and words that are no party', () => {
    for (const label of ['Labour', 'Labour Party', 'Green'])
      expect(appositionFreeName(`Jo Booth, ${label}`)).toBe('Jo Booth');
    for (const label of ['Boston', 'Party', 'BBC Radio']) expect(appositionFreeName(`Jo Booth, ${label}`)).toBeNull();
  });

  const copy = (party: string) => [
    'Halden council voted on Thursday to close the youth club on Marsh Lane.',
    `Jo Booth, a ${party}, said the vote was a disgrace. Booth said she would appeal.`,
  ];

  it('"Jo Booth, a Conservative," gives her the party as a role, as "a Republican" did', () => {
    expect(people(copy('Conservative'))).toEqual([{ name: 'Jo Booth', role: 'Conservative' }]);
  });

  it('control: the party the old head list held', () => {
    expect(people(copy('Republican'))).toEqual([{ name: 'Jo Booth', role: 'Republican' }]);
  });
});
