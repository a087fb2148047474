import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 53, audit 54's who-is-who shapes: a crosshead (a line of its own with no stop) before a paragraph that
 * opens on the role phrase, in West African house style (B-a54-13); the post before a name over the party label
 * after it (B-a54-16); a "von" surname opening a sentence capitalised (B-a54-15); a currency's code before its sign (B-a54-21). Copy written for the tests.
 */
const article = (...paragraphs: string[]) =>
  analyzeArticle(['Assembly row over harbour dredging deal', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
const listed = (...paragraphs: string[]) =>
  whoIsWho(article(...paragraphs)).people.map((p) => `${p.name} — ${p.role ?? '-'}`);

describe('who is who, audit 54 shapes', () => {
  const story = (heading: string) => [
    'The Assembly has called for an inquiry into the award of a dredging contract at Tema harbour.',
    heading,
    'The Chief Executive Officer of the Harbour Board, Mr Samuel Kojo Amankwah, confirmed that the board had received a request in May.',
    '"No approval has been issued," Mr Amankwah said.',
    'Mr Amankwah said the payment was a question for the treasury.',
  ];

  it('keeps the role opening the paragraph after a crosshead with no stop', () => {
    expect(listed(...story('Board position'))).toContain(
      'Samuel Kojo Amankwah — Chief Executive Officer of the Harbour Board',
    );
  });

  it('control: the same paragraph after a heading closed by a stop keeps it too', () => {
    expect(listed(...story('Board position.'))).toContain(
      'Samuel Kojo Amankwah — Chief Executive Officer of the Harbour Board',
    );
  });

  it('keeps a stacked honorific\'s role after a possessive crosshead ("The Majority\'s reply")', () => {
    expect(
      listed(
        'The Assembly has called for an inquiry into the award of a dredging contract at Tema harbour.',
        "The Majority's reply",
        'The Majority Leader, Hon. Kwesi Badu Owusu-Ansah, described the motion as "a stunt".',
        'Mr Owusu-Ansah said the committee would not be needed.',
      ),
    ).toContain('Kwesi Badu Owusu-Ansah — Majority Leader');
  });

  const mayor = (label: string) =>
    listed(
      'The port of Emden faces a funding gap after the federal budget was frozen.',
      `The mayor of Emden, Henrike Vogelsang, ${label}, has found herself caught between her party and her city.`,
      '"We cannot wait another year," Vogelsang said.',
    );

  it('gives the post before the name over a party label after it ("The mayor of Emden, X, an SPD politician,")', () => {
    expect(mayor('an SPD politician')).toContain('Henrike Vogelsang — mayor of Emden');
  });

  it('control: an apposition that is a post of its own is still read ("…, a former shipyard engineer,")', () => {
    expect(mayor('a former shipyard engineer')).toContain('Henrike Vogelsang — former shipyard engineer');
  });

  it('reads "Von Hallstein" opening a sentence as "Gerd von Hallstein", one person and one speaker', () => {
    const analysis = article(
      'The transport minister, Gerd von Hallstein, defended the rail contract on Tuesday.',
      'Von Hallstein rejected the accusation. "Everything was done by the book," he said.',
      '"We will publish the figures," von Hallstein said.',
    );
    expect(analysis.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Gerd von Hallstein']);
    expect(new Set(analysis.quotes.map((q) => q.speaker))).toEqual(new Set(['Gerd von Hallstein']));
  });

  it('types no organisation from a currency code glued to its sign ("HK$480 million", "GH¢12 million")', () => {
    const names = article(
      'The Harbour Board awarded a HK$480 million contract to a dredging firm, the Legislative Council heard.',
      'In Accra, the ministry paid GH¢12 million to the contractor, the Audit Service said.',
    ).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Harbour Board', 'Audit Service']));
    expect(names).not.toContain('HK');
    expect(names).not.toContain('GH');
  });
});
