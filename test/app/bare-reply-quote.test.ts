import { describe, expect, it } from 'vitest';
import { keyQuoteItems } from '../../src/app/key-quote-items';
import { analyzeArticle } from '../../src/core/analyze-article';

// ux33: "“Nope.” — Spicer" under Key quotes says nothing without the question it answered. Written copy.
const keyQuotes = (text: string) => keyQuoteItems(analyzeArticle(text)).map((q) => `${q.text} — ${q.speaker}`);

const PARKING = `Harbourside council rejects parking fee rise

Harbourside council voted on Monday to keep town-centre parking charges at their current level until next spring.

When asked by a reporter whether the council would raise the charges again before the election, council leader Dana Whitlock replied, "Absolutely not."

"Shops on the high street are struggling enough without us making it dearer to visit them," Whitlock said.

"Every pound we lose here has to be found somewhere else in the budget," said Owen Blake, who leads the opposition group.
`;

const FERRY = `Island ferry fares to rise in April

Fares on the island ferry will rise by 4% in April, the operator Coastline Shipping said on Tuesday.

Would the rise be the last this year? "Probably not," said Coastline's managing director, Ruth Gale.

"Fuel has cost us far more than we planned for, and the crossing has to pay for itself," Gale said.
`;

describe('a bare reply to a question is no key quote', () => {
  it('leaves out a few words that answer a question put in the same sentence or the one before', () => {
    const parking = keyQuotes(PARKING);
    expect(parking.join('\n')).not.toContain('Absolutely not');
    expect(parking).toContain(
      'Shops on the high street are struggling enough without us making it dearer to visit them. — Dana Whitlock',
    );
    expect(keyQuotes(FERRY).join('\n')).not.toContain('Probably not');
  });

  it('controls (same on main): a short quote with no question beside it, and a long answer, stay', () => {
    const short = `Harbourside council keeps parking fees

Harbourside council voted on Monday to keep town-centre parking charges at their current level until next spring.

"Shoppers matter," council leader Dana Whitlock said after the vote.

"Every pound we lose here has to be found somewhere else in the budget," said Owen Blake, who leads the opposition group.
`;
    expect(keyQuotes(short).join('\n')).toContain('Shoppers matter. — Dana Whitlock');
    const long = PARKING.replace('"Absolutely not."', '"Not this year, and not while the high street is struggling."');
    expect(keyQuotes(long).join('\n')).toContain('Not this year, and not while the high street is struggling.');
  });

  it('keeps a short quote beside a relative "who asked …", and a quote that itself asks (review s33 B-ux33-1)', () => {
    const copy = `Mayor resists calls to quit

The mayor, Tom Reid, faced calls to resign on Monday over the housing scandal.

"I am staying," said Mr. Reid, who asked reporters to respect his family's privacy.

"Why now?" asked the deputy mayor, Dan Moss, who said the council had backed Reid.
`;
    const kept = keyQuotes(copy);
    expect(kept.some((q) => q.startsWith('I am staying.'))).toBe(true);
    expect(kept.some((q) => q.startsWith('Why now?'))).toBe(true);
  });
});
