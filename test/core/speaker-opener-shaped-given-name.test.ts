import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quotes = (body: string): Array<[string, string | null]> =>
  analyzeArticle(`Harbour vote in brief\n\n${body}`).quotes.map((q) => [q.text, q.speaker]);

/**
 * Session 53 (sp66), issue 11: a given name shaped like a sentence opener ("-ly", "-ing") that the copy writes inside
 * a sentence is the speaker's own, printed whole as who is who prints it ("Fiorina" for "Carly Fiorina" before).
 */
describe('a given name shaped like an opener', () => {
  it('stays on the printed speaker', () => {
    expect(
      quotes(
        'Harbour master Beverly Hale opened the meeting on Monday.\n\n"The docks stay open," Hale said.\n\nKimberly Ross, a ferry captain, said: "We need the berths."',
      ),
    ).toEqual([
      ['The docks stay open,', 'Beverly Hale'],
      ['We need the berths.', 'Kimberly Ross'],
    ]);
  });

  it('still drops an opener the run took in (control)', () => {
    expect(quotes('The meeting ran late.\n\nSignificantly Ruth Okafor said: "The docks stay open."')).toEqual([
      ['The docks stay open.', 'Ruth Okafor'],
    ]);
  });
});
