import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quotes = (body: string): Array<[string, string | null]> =>
  analyzeArticle(`Harbour dispute in brief\n\n${body}`).quotes.map((q) => [q.text, q.speaker]);

/**
 * Session 53 (sp66b), issue 11: a document named by a later WordNet sense ("the lawsuit", "the complaint") carries
 * words and says who wrote them nowhere, so it prints no speaker; a person noun ("a source") still does.
 */
describe('a document as the subject of a trailing tag', () => {
  it('prints no speaker when no maker is named', () => {
    expect(
      quotes(
        'Ferry workers sued the harbour board on Monday.\n\n"The board ignored repeated safety warnings," the lawsuit alleges.\n\n"Berths were closed without notice," the complaint said.',
      ),
    ).toEqual([
      ['The board ignored repeated safety warnings,', null],
      ['Berths were closed without notice,', null],
    ]);
  });

  it('keeps a person noun whose later senses are documents', () => {
    expect(quotes('The board met on Monday.\n\n"We will fight this," a source said.')).toEqual([
      ['We will fight this,', 'a source'],
    ]);
  });
});

/**
 * A lone surname that is an English word ("Park", "West") was not linked to the one person the copy names with it,
 * so the quotation printed the bare word.
 */
describe('a lone surname that is an English word', () => {
  it('is the full name of the one person named with it', () => {
    expect(
      quotes(
        'Mayor Jane Park opened the harbour on Monday.\n\n"The docks stay open," Park said.\n\n"The berths are full," said Park.',
      ),
    ).toEqual([
      ['The docks stay open,', 'Jane Park'],
      ['The berths are full,', 'Jane Park'],
    ]);
  });

  it('stays bare when two people share it', () => {
    expect(quotes('Talks with Bobby West and Tim West ran late on Monday.\n\n"No deal yet," West said.')).toEqual([
      ['No deal yet,', 'West'],
    ]);
  });
});
