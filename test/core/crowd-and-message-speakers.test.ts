import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quotes = (body: string): Array<[string, string | null]> =>
  analyzeArticle(`Harbour vote in brief\n\n${body}`).quotes.map((q) => [q.text, q.speaker]);

/**
 * Session 53 (sp66), issue 11: a crowd or a message with no maker is no speaker to print, and a speaker named just
 * before is never carried onto its words.
 */
describe('crowd and message speakers', () => {
  it('credits a chant tagged after its quotation to no one named before it', () => {
    expect(
      quotes(
        'Harbour master Ruth Okafor said the march was calm.\n\n"Save our docks," some chanted. The march ended at noon.',
      ),
    ).toEqual([['Save our docks,', null]]);
  });

  it('keeps a person named as the chanter after the quotation (control)', () => {
    expect(
      quotes('Harbour master Ruth Okafor led the march.\n\n"Save our docks!" Okafor chanted as the crowd cheered.'),
    ).toEqual([['Save our docks!', 'Ruth Okafor']]);
  });

  it('prints no name for "Others" or "some" as the tag subject', () => {
    const got = quotes(
      'Harbour master Ruth Okafor said the march was calm.\n\nOthers shouted: "Not our harbour!"\n\n"Not for sale," many said.',
    );
    expect(got).toEqual([
      ['Not our harbour!', null],
      ['Not for sale,', null],
    ]);
  });

  it('credits "many said" and "some said" right after a named person to no one (review B-r54-2)', () => {
    for (const crowd of ['many', 'some', 'several']) {
      expect(
        quotes(`Pier warden Tomas Hild said the rally was small.\n\n"Keep the pier open," ${crowd} said.`),
      ).toEqual([['Keep the pier open,', null]]);
    }
  });

  it('keeps a named person after the quotation as its speaker (control)', () => {
    expect(quotes('Pier warden Tomas Hild said the rally was small.\n\n"Keep the pier open," Hild said.')).toEqual([
      ['Keep the pier open,', 'Tomas Hild'],
    ]);
  });

  it('reads a plural people noun naming someone after it as a chanting crowd (review B-r54-6)', () => {
    expect(
      quotes('"The rally was calm," pier warden Tomas Hild said. "Two more terms," backers of Ms. Vane chanted.'),
    ).toEqual([
      ['The rally was calm,', 'Tomas Hild'],
      ['Two more terms,', null],
    ]);
  });

  it('reads "One message said:" as a message naming no maker', () => {
    expect(
      quotes(
        'Councillor Ann Briggs received dozens of letters after the vote.\n\nOne message said: "You sold the harbour."',
      ),
    ).toEqual([['You sold the harbour.', null]]);
  });

  it('keeps a message whose maker is named, and an indefinite person as written (controls)', () => {
    expect(
      quotes(
        'Councillor Ann Briggs spoke after the vote.\n\nOne Labour leaflet said: "The harbour is not for sale."\n\nA woman in the crowd said: "We were never asked."',
      ),
    ).toEqual([
      ['The harbour is not for sale.', 'Labour leaflet'],
      ['We were never asked.', 'a woman in the crowd'],
    ]);
  });
});
