import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const roles = (body: string): Record<string, string | null> =>
  Object.fromEntries(
    whoIsWho(analyzeArticle(body, { title: 'Maternity review published' })).people.map((p) => [p.name, p.role]),
  );

/** Review B-main-54: an apposition whose head names a person by no agent-noun ending ("a senior midwife") gave no role. */
describe("an apposition headed by a noun for a person (WordNet's noun.person)", () => {
  it('reads "led by Name, a senior midwife," and "Name, a pastry chef,"', () => {
    const listed = roles(
      [
        'The review was led by Gwen Tallis, a senior midwife, who spoke to more than 400 families.',
        'Tallis said the unit had ignored warnings for years.',
        '“Nobody listened to us,” said Omar Reyes, a pastry chef whose daughter was born at the hospital.',
      ].join('\n\n'),
    );
    expect(listed['Gwen Tallis']).toBe('senior midwife');
    expect(listed['Omar Reyes']).toBe('pastry chef');
  });

  it('controls: an agent noun reads as before; a word used mostly as an adjective, or a thing, gives no role', () => {
    const listed = roles(
      [
        'Dana Whitlow, a local pollster, said the hospital had lost public trust.',
        'Noel Ashby, a regular at the trust’s board meetings, said the minutes were incomplete. Ashby has asked for more.',
        'Parents voted for Iris Vane, a story about a girl who rides a whale, as book of the year. Vane is a bestseller.',
      ].join('\n\n'),
    );
    expect(listed['Dana Whitlow']).toBe('local pollster');
    expect(listed['Noel Ashby'] ?? null).toBeNull();
    expect(listed['Iris Vane'] ?? null).toBeNull();
  });
});
