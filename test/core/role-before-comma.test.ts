import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

function roles(paragraphs: string[]): Record<string, string | null> {
  const who = whoIsWho(analyzeArticle(['Mill Street market to close', '', ...paragraphs].join('\n\n')));
  return Object.fromEntries(who.people.map((p) => [p.name, p.role]));
}

describe('a role set off by a comma before the name', () => {
  it('is the role of the person named right after it, at a sentence start or after "according to" or a speech verb', () => {
    const found = roles([
      'Traders were told on Friday that the market would shut in May, according to the council’s markets director, Ines Okoro.',
      'The Mill Street Traders Association said it had not been consulted. Its treasurer, Paul Adeyemi, said members would protest.',
      '"We found out from a poster," said the association’s chairwoman, Rosa Lind.',
      'Ms Okoro said the site needed repairs. Mr Adeyemi disputed that. Ms Lind agreed with him.',
    ]);
    expect(found['Ines Okoro']).toBe('council’s markets director');
    // "Its" takes the one organisation the sentence before names (possessive-owner.ts).
    expect(found['Paul Adeyemi']).toBe('treasurer of the Mill Street Traders Association');
    expect(found['Rosa Lind']).toBe('association’s chairwoman');
  });

  it("is not taken when the phrase names someone else's role", () => {
    const found = roles([
      'Like her predecessor, Jane Doe backed the sale. Ms Doe said the market was losing money.',
      'In a letter to his director, Sam Reid complained about the timetable. Mr Reid said he would appeal.',
      'The market closed in March. The chairman thanked the director, Owen Price, and left. Mr Price said nothing.',
    ]);
    expect(found['Jane Doe']).toBeNull();
    expect(found['Sam Reid']).toBeNull();
    expect(found['Owen Price']).toBeNull();
  });

  it('prefers the role before the name to a clause after it ("Name, as …")', () => {
    const found = roles([
      'The party’s nominee, Lena Ortiz, as mayor in 2019 put the market up for sale. Ms Ortiz said she regretted it.',
    ]);
    expect(found['Lena Ortiz']).toBe('party’s nominee');
  });
});
