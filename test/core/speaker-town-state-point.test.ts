import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Storm damage in brief\n\n${body}`).quotes.map((q) => q.speaker);

const lead = 'A storm brought down power lines across three counties on Sunday night.\n\n';
const words = '"We had crews out before the wind had even dropped,"';

/**
 * Session 47 (sp59): "Fire Chief Ann Ruiz of Tulsa, Okla. said" — the copy left out the comma after the state — credited
 * "Okla": the state's point stops no tag, and a state after a town qualifies the town.
 */
describe('a tag whose subject ends on a town and its state', () => {
  it('keeps the person when no comma follows the state', () => {
    expect(quoteSpeakers(`${lead}${words} Fire Chief Dana Whitlow of Tulsa, Okla. said.`)).toEqual(['Dana Whitlow']);
  });

  it('control: with the comma after the state', () => {
    expect(quoteSpeakers(`${lead}${words} Fire Chief Dana Whitlow of Tulsa, Okla., said.`)).toEqual(['Dana Whitlow']);
  });
});
