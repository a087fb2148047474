import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { nameBracket } from '../../src/core/name-bracket';
import { whoIsWho } from '../../src/core/who-is-who';

const brief = (copy: string) => {
  const analysis = analyzeArticle(copy, { title: 'Pier vote delayed' });
  const people = whoIsWho(analysis).people.map((p) => `${p.name} — ${p.role ?? ''}`);
  return { people, speakers: analysis.statements.map((s) => s.speaker) };
};

/**
 * Audit 62, B-a62-9: "Name (Nickname or party tag), <appositive>, said" — the bracket broke the name from the
 * appositive, so the appositive spoke and the person lost the role; the bracketed nickname used later was a second
 * person.
 */
describe('a nickname or party tag in brackets right after a name', () => {
  it('leaves the appositive the named person’s, and the speaker the name', () => {
    const { people, speakers } = brief(
      'Oduya Mbeki-Ross (Dudu), a Green member of the pier trust, said she had voted against the loan.\n\n' +
        'Rep. Dana Colter (D-Ore.), the senior Democrat on the panel, said the vote would wait until spring.',
    );
    expect(speakers).toEqual(['Oduya Mbeki-Ross', 'Dana Colter']);
    expect(people).toEqual(
      expect.arrayContaining([
        'Oduya Mbeki-Ross — Green member of the pier trust',
        'Dana Colter — senior Democrat on the panel',
      ]),
    );
  });

  it('reads the bracketed nickname used later as the same person', () => {
    const { people, speakers } = brief(
      '"We were never consulted," said Lila Marguerite Fenn (Lili), chair of the Harbour Ward.\n\n' +
        'Later, Lili said the ward would hold a meeting on Friday.',
    );
    expect(speakers).toEqual(['Lila Marguerite Fenn']);
    expect(people).toEqual(['Lila Marguerite Fenn — chair of the Harbour Ward']);
  });

  it('takes only a name’s tag: not an aside, not a bracket after a lower-case word', () => {
    const text = 'Ann Fox (a former mayor) and the fund (Pier Trust)';
    expect(nameBracket(text, text.indexOf('('))).toBe(-1);
    expect(nameBracket(text, text.lastIndexOf('('))).toBe(-1);
    const tagged = 'Sen. Roy Ellery (R-Mont.), said';
    expect(nameBracket(tagged, tagged.indexOf('('))).toBe(tagged.indexOf(','));
  });
});
