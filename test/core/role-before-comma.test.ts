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

  it("is read after a label's or a dateline's colon, as at a sentence start (audit 50, B-a50-9)", () => {
    const found = roles([
      '09:15 Update: The harbour minister, Elsa Brandt, has reached the quay. Ms Brandt said repairs would start soon.',
      'Portwick: The fisheries secretary, Jonas Hale, met the traders. Mr Hale said the rents would be frozen.',
    ]);
    expect(found['Elsa Brandt']).toBe('harbour minister');
    expect(found['Jonas Hale']).toBe('fisheries secretary');
  });

  it("control: after a colon, a fronted phrase naming someone else's role gives none", () => {
    const found = roles([
      '09:15 Update: Like her predecessor, Jane Doe backed the sale. Ms Doe said the market was losing money.',
      'The harbour minister, Elsa Brandt, has reached the quay. Ms Brandt said repairs would start soon.',
    ]);
    expect(found['Jane Doe']).toBeNull();
    expect(found['Elsa Brandt']).toBe('harbour minister');
  });

  it('reads a capitalised office, a complement holding "and", and a role after ", and" (audit 50, B-a50-9)', () => {
    const found = roles([
      "The region's Trade Minister, Odile Marchetti, did not reply. Ms Marchetti was abroad.",
      'The member for Tallow and the Downs, Ewan Pryce, said the market should stay. Mr Pryce lives nearby.',
      'Traders heckled the council, and the Chairman, Nia Vosper, called for calm. Ms Vosper later left.',
    ]);
    expect(found['Odile Marchetti']).toBe("region's Trade Minister");
    expect(found['Ewan Pryce']).toBe('member for Tallow and the Downs');
    expect(found['Nia Vosper']).toBe('Chairman');
  });

  it('controls: the same offices in lower case, a one-word complement, and a capitalised body that is no office', () => {
    const found = roles([
      "The region's trade minister, Odile Marchetti, did not reply. Ms Marchetti was abroad.",
      'The member for Tallow, Ewan Pryce, said the market should stay. Mr Pryce lives nearby.',
      'The Harbour Trust, Nia Vosper said, would close the quay. Ms Vosper later left.',
    ]);
    expect(found['Odile Marchetti']).toBe("region's trade minister");
    expect(found['Ewan Pryce']).toBe('member for Tallow');
    expect(found['Nia Vosper']).toBeNull();
  });

  it('prefers the role before the name to a clause after it ("Name, as …")', () => {
    const found = roles([
      'The party’s nominee, Lena Ortiz, as mayor in 2019 put the market up for sale. Ms Ortiz said she regretted it.',
    ]);
    expect(found['Lena Ortiz']).toBe('party’s nominee');
  });

  it('is read after an opening participial phrase and past a stacked or bracketed honorific (audit 51, B-a51-12)', () => {
    const found = roles([
      'Also speaking, the secretary of the traders union, Alhaji Sani Okonkwo-Ade, said stalls would be rebuilt.',
      'Speaking for the market women, the leader of the Iyaloja Council, Chief (Mrs) Bisi Adeyemo-Kuti, wanted lower rents.',
      'Mr Okonkwo-Ade and Mrs Adeyemo-Kuti met on Monday.',
    ]);
    expect(found['Sani Okonkwo-Ade']).toBe('secretary of the traders union');
    expect(found['Bisi Adeyemo-Kuti']).toBe('leader of the Iyaloja Council');
  });

  it('controls: no opener, a plain honorific, and a phrase before the name that is no role', () => {
    const found = roles([
      'The secretary of the traders union, Sani Okonkwo-Ade, said stalls would be rebuilt.',
      'Speaking on Monday, Alhaji Bisi Adeyemo-Kuti wanted lower rents.',
      'Mr Okonkwo-Ade and Mr Adeyemo-Kuti met on Monday.',
    ]);
    expect(found['Sani Okonkwo-Ade']).toBe('secretary of the traders union');
    expect(found['Bisi Adeyemo-Kuti']).toBeNull();
  });

  it('reads an all-capitals post with "for" and a capitalised portfolio, as "Commissioner for" (audit 51, B-a51-12 c)', () => {
    const found = roles([
      'The Limpopo MEC for Roads and Transport, Sipho Ndlovu-Mokoena, said the bridge would reopen.',
      'Mr Ndlovu-Mokoena visited the site on Friday.',
    ]);
    expect(found['Sipho Ndlovu-Mokoena']).toBe('Limpopo MEC for Roads and Transport');
  });

  it('control: an all-capitals word with no "for" complement is no post read here', () => {
    const found = roles([
      'The Limpopo ANC, Sipho Ndlovu-Mokoena said, would back the bridge.',
      'Mr Ndlovu-Mokoena visited the site on Friday.',
    ]);
    expect(found['Sipho Ndlovu-Mokoena']).toBeNull();
  });

  it('prefers the role phrase before the comma to a lone title between the comma and the name (audit 51, B-a51-12)', () => {
    const found = roles([
      'A community leader, Chief Folake Adeyemi-Bello, said the stalls would be rebuilt.',
      'Adeyemi-Bello met traders on Monday.',
    ]);
    expect(found['Folake Adeyemi-Bello']).toBe('community leader');
  });

  it('control: a lone title with no role phrase before it is still the role', () => {
    const found = roles([
      'Chief Folake Adeyemi-Bello said the stalls would be rebuilt.',
      'Adeyemi-Bello met traders on Monday.',
    ]);
    expect(found['Folake Adeyemi-Bello']).toBe('Chief');
  });
});
