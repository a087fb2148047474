import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { relativeClauseRole } from '../../src/core/relative-clause-role';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 55, issue 13 (the audit-55 leftovers who59 took): an office before the name beats a party label after it, a
 * relative clause says what someone does, "then-" dates a post, "Custos" and an unstopped "Hon", and "Its chair"
 * after a body named by a lower-case noun. Copy written for the tests.
 */
const who = (...paragraphs: string[]) => whoIsWho(analyzeArticle(['Harbour vote delayed', ...paragraphs].join('\n\n')));
const roles = (...paragraphs: string[]): Record<string, string | null> =>
  Object.fromEntries(who(...paragraphs).people.map((p) => [p.name, p.role]));

describe('who is who: offices, clauses and dated posts', () => {
  it('gives the office written before the name, the party apposed after it in brackets', () => {
    const found = roles(
      'State Sen. Harlan Voss, a Republican who chairs the harbour panel, said the vote would wait. "We need the figures," Voss said.',
      'Gov. Mira Quist, a Democrat, said she would sign it. Quist spoke in Portwick.',
    );
    expect(found['Harlan Voss']).toBe('State Senator (Republican)');
    expect(found['Mira Quist']).toBe('Governor (Democrat)');
  });

  // Review R56-3: a hyphened "Then-"/"ex-" dates the office; it is never shown as the post held now.
  it('keeps a hyphened "then-" or "ex-" with the office written out', () => {
    const found = roles(
      'Then-Sen. Harlan Voss, a Republican, opposed the harbour levy in 2011. Voss spoke later.',
      'The levy was first proposed by ex-Gov. Mira Quist, a Democrat. Quist spoke in Portwick.',
      'Then-Rep. Tomas Brill opposed it too. Brill spoke last.',
    );
    expect(found['Harlan Voss']).toBe('Then-Senator (Republican)');
    expect(found['Mira Quist']).toBe('ex-Governor (Democrat)');
    expect(found['Tomas Brill']).toBe('Then-Representative');
  });

  it('control: a party label with no office before the name stays the role', () => {
    expect(roles('Harlan Voss, a Republican, said the vote would wait. Voss spoke later.')['Harlan Voss']).toBe(
      'Republican',
    );
  });

  it('reads what a person does from a relative clause, when the copy says nothing else of them', () => {
    const found = roles(
      '"We lose custom every week," said Tomas Reyne, who runs a bakery in Millbrook. Reyne said he would stay.',
      'Lena Park, who teaches at a school in Portwick, said parents were worried. Park has two children.',
    );
    expect(found['Tomas Reyne']).toBe('runs a bakery in Millbrook');
    expect(found['Lena Park']).toBe('teaches at a school in Portwick');
  });

  it('control: a clause of belief, residence or an abbreviation-cut object is no role', () => {
    const text = (clause: string) => `Ann Lee, who ${clause}, said`;
    expect(relativeClauseRole('Ann Lee', text('believes the report is false'))).toBeNull();
    expect(relativeClauseRole('Ann Lee', text('lives in a flat in Leeds'))).toBeNull();
    expect(relativeClauseRole('Ann Lee', 'Ann Lee, who teaches a class at the U.S. embassy, said')).toBeNull();
    expect(relativeClauseRole('Ann Lee', text('heads the union'))).toBe('heads the union');
  });

  it('takes no habit or liking for a post: a use, a love, a visit, a knowing (review 56)', () => {
    const text = (clause: string) => `Omar Fenn, who ${clause}, said`;
    for (const clause of [
      'uses a cane to cross the market square',
      'loves the old lido',
      'visits the harbour each summer',
      'knows the valley well',
    ]) {
      expect(relativeClauseRole('Omar Fenn', text(clause))).toBeNull();
    }
    // control: a verb of being in charge, and one whose doer is a post, still give the post
    expect(relativeClauseRole('Omar Fenn', text('runs the lido'))).toBe('runs the lido');
    expect(relativeClauseRole('Omar Fenn', text('owns the harbour cafe'))).toBe('owns the harbour cafe');
  });

  it('reads a dated post ("then-warden") and a Custos set off by commas before the name', () => {
    const found = roles(
      "In a letter, the depot's then-warden, Carl Fenby, wrote that staff were short. Fenby left a month later.",
      'Rain fell again. But Custos of Millbrook, Mrs Delia Harte, has argued for the old site. Harte chairs the parish board.',
    );
    expect(found['Carl Fenby']).toBe("depot's then-warden");
    expect(found['Delia Harte']).toBe('Custos of Millbrook');
  });

  it('keeps an unstopped "Hon" out of the name, but not from a name it opens ("Hon Lik")', () => {
    const found = roles(
      'Member of Parliament Hon Marcus Deeth told residents the money was set aside. Deeth said work would start soon.',
      'The inventor Hon Lik said the patent was his. Lik spoke from Beijing.',
    );
    expect(found['Marcus Deeth']).toBe('Member of Parliament');
    expect(Object.keys(found)).not.toContain('Hon Marcus Deeth');
    expect(Object.keys(found)).toContain('Hon Lik');
  });

  it('"Its chair" after a body a lower-case noun names opening the sentence before, not after a person noun', () => {
    const board = roles(
      'Rain fell. The harbour board, for its part, has not taken a position. Its chair, Nora Pell, said it would wait. Pell declined to say more.',
    );
    expect(board['Nora Pell']).toBe('chair of the harbour board');
    const member = roles(
      'Rain fell. The board member spoke first. Its chair, Nora Pell, said it would wait. Pell declined to say more.',
    );
    expect(member['Nora Pell']).toBe('chair');
  });

  // Review R56-2: the body word must head the subject; a noun after it makes it a modifier ("the committee report").
  it('"Its <role>" after a thing the body word only modifies keeps the bare role', () => {
    const memo = roles(
      'Rain fell. The ferry committee memo leaked on Friday. Its author, Nora Pell, said it was a draft. Pell declined to say more.',
    );
    expect(memo['Nora Pell']).toBe('author');
    const shed = roles(
      'Rain fell. The trade union shed flooded on Sunday. Its owner, Nora Pell, said it would be rebuilt. Pell declined to say more.',
    );
    expect(shed['Nora Pell']).toBe('owner');
    const board = roles(
      'Rain fell. The school board approved the budget. Its chair, Nora Pell, said it would wait. Pell declined to say more.',
    );
    expect(board['Nora Pell']).toBe('chair of the school board');
  });
});

describe('who is who: bodies opening on a place word', () => {
  it('lists "United Nations" and "New York Times" as organisations, no person "Nations"', () => {
    const found = who(
      'The United Nations said on Tuesday that aid had stalled. Talks will resume, according to the United Nations.',
      'The New York Times reported the talks. The New York Times said its reporters saw the papers.',
    );
    expect(found.organizations).toEqual(expect.arrayContaining(['United Nations', 'New York Times']));
    expect(found.people.map((p) => p.name)).not.toContain('Nations');
  });

  it('control: a city or a state is no organisation ("New York City", "New Hampshire")', () => {
    const found = who(
      'New York City officials met on Monday. New York City said its budget was tight. Ann Lee, a lawyer, spoke.',
      'New Hampshire votes next. New Hampshire said its count was done.',
    );
    expect(found.organizations).not.toContain('New York City');
    expect(found.organizations).not.toContain('New Hampshire');
  });

  it('reads "The United States" opening a sentence as the country, no speaker "States"', () => {
    const a = analyzeArticle('Border talks\n\nThe United States said the border was secure. Officials agreed.');
    expect(a.entities).toEqual(expect.arrayContaining([{ name: 'United States', type: 'place' }]));
    expect(a.entities.some((e) => e.name === 'States')).toBe(false);
  });
});
