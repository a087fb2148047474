import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quotes = (body: string): Array<[string, string | null]> =>
  analyzeArticle(`Harbour vote in brief\n\n${body}`).quotes.map((q) => [q.text, q.speaker]);

/**
 * Session 41 (sp53): a crowd's chant is speech by its verb ("protesters chanted "…""), so the acceptance model,
 * which judges spans no one is credited with, does not drop it when no one is named near it; it is shown with no
 * speaker, as before when a name stood near.
 */
describe("a crowd's chant", () => {
  it('is reported, with no speaker, when no one is named in its sentence', () => {
    expect(
      quotes(
        'The curfew began at midnight.\n\nProtesters marching through the harbour streets chanted "What curfew?" and kept going until dawn.',
      ),
    ).toEqual([['What curfew?', null]]);
  });

  it("is also reported when a name stands near, still as no named person's", () => {
    expect(
      quotes(
        'Ruth Okafor spoke at the college on Monday.\n\nAs Okafor left, protesters chanted "Okafor out!" outside the gates.',
      ),
    ).toEqual([['Okafor out!', null]]);
  });

  it('keeps a named chanter (control)', () => {
    expect(
      quotes(
        'Ruth Okafor led the march on Monday.\n\nOkafor chanted "Not for sale!" as she walked to the harbour gates.',
      ),
    ).toEqual([['Not for sale!', 'Ruth Okafor']]);
  });

  it("leaves a sign's words unreported (control)", () => {
    expect(
      quotes('The march began at noon.\n\nMarchers carried signs reading "Not for sale" to the harbour gates.'),
    ).toEqual([]);
  });
});
