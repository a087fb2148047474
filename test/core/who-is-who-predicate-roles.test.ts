import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * who35 (session 26, review B-main-13/14, sample 22): a predicate or an aside after "Name," read as the role, and the
 * "The <post> of <body>, Name," apposition giving none. Copy written for the test.
 */
function roles(headline: string, paragraphs: string[]): Record<string, string | null> {
  const who = whoIsWho(analyzeArticle([headline, '', ...paragraphs].join('\n\n')));
  return Object.fromEntries(who.people.map((p) => [p.name, p.role]));
}

describe('who-is-who, a role is no predicate', () => {
  it('reads the apposition before the name, not the modal predicate after it', () => {
    const found = roles('Council names acting mayor', [
      "The council's deputy leader, Sam Patel, will act as mayor until an election in May, the council said.",
      "Mr Patel said the council would publish the audit. The council's finance director, Ruth Evans, said the money had been traced. Ms Evans said the police had been told.",
    ]);
    expect(found['Sam Patel']).toBe("council's deputy leader");
    // Control: the same apposition before a speech verb was right already.
    expect(found['Ruth Evans']).toBe("council's finance director");
  });

  it('takes no sentence adverb for a role ("Trump, even as a candidate, had…")', () => {
    const found = roles('Biden warns on Trump', [
      'Vice President Joe Biden warned that Donald Trump, even as a candidate, had elevated the dangers facing allies.',
      'Trump dismissed the warning. Biden said allies were worried. Trump said Biden was wrong.',
      'Donald Trump, the Republican nominee, spoke in Ohio.',
    ]);
    expect(found['Donald Trump']).not.toBe('even as a candidate');
    expect(found['Joe Biden']).toBe('Vice President');
  });
});

describe('who-is-who, "The <post> of <body>, Name,"', () => {
  it('gives the post with what it is of', () => {
    const found = roles('Mayor resigns after audit', [
      'The mayor of Northtown, Jane Doe, resigned on Tuesday. Ms Doe said she had done nothing wrong.',
      'The chief executive of Southern Rivers, Mark Bell, said the firm was not involved. Mr Bell declined to say more.',
      'The chief inspector of schools, David Hart, also said the audit was late. Mr Hart said so twice.',
    ]);
    expect(found['Jane Doe']).toBe('mayor of Northtown');
    expect(found['Mark Bell']).toBe('chief executive of Southern Rivers');
    expect(found['David Hart']).toBe('chief inspector of schools');
  });

  it('takes no "of" phrase that is no post', () => {
    const found = roles('Market to close', [
      'The closure of the market, Ines Okoro said, was a shame. Ms Okoro said traders were angry.',
      'In a letter to his director, Sam Reid complained about the timetable. Mr Reid said he would appeal.',
    ]);
    expect(found['Ines Okoro'] ?? null).toBeNull();
    expect(found['Sam Reid'] ?? null).toBeNull();
  });
});

describe('who-is-who, a role noun that is not the apposition’s head (who37)', () => {
  it('takes no predicate whose object holds the role noun', () => {
    const found = roles('Actors split over the race', [
      'Lena Ward, endorsed Republican presidential candidate Sen. Tom Briggs in November. Ward said he would win.',
      'Carl Fenn, joked with his best friend at the table about the vote. Fenn said it was a joke.',
      'Paul Kent, retired Air Force general, said the race was close. Kent said so twice.',
      'Ana Kent, Republican nominee Tom Briggs’s wife, spoke last. Ana Kent said she was proud.',
    ]);
    expect(found['Lena Ward'] ?? null).toBeNull();
    expect(found['Carl Fenn'] ?? null).toBeNull();
    // Control: a past form that modifies the role noun ("retired … general") still opens a role.
    expect(found['Paul Kent']).toBe('retired Air Force general');
    // Control: a name written as an owner leaves the noun after it to the person ("nominee X’s wife").
    expect(found['Ana Kent']).toBe('Republican nominee Tom Briggs’s wife');
  });

  it('takes no companion or the next item of a list for a role', () => {
    const found = roles('Senate hopeful leans on allies', [
      'Supporters such as Sen. Jane Holt, along with the star power of her husband, would bring her votes. Holt said she was ready.',
      'The emails went to aides Tom Nides, ambassador for global women’s issues Mary Vance; and others. Nides said so.',
      'Juan Ortiz, a top terrorism adviser to then-President George W. Bush, also questioned the plan. Ortiz said it was weak.',
    ]);
    expect(found['Jane Holt'] ?? '').not.toMatch(/along with/);
    expect(found['Tom Nides'] ?? '').not.toMatch(/Mary Vance/);
    // Control: a title written into "then-President" before a name is the role's object, not a list's next item.
    expect(found['Juan Ortiz']).toBe('top terrorism adviser to then-President George W. Bush');
  });
});

describe('who-is-who, a past form opening the apposition names the post after "as" (review s27 B-who37-1)', () => {
  it('gives the post after "as", not the predicate and not nothing', () => {
    const found = roles('Envoy and governor split on plan', [
      'Jane Alvarez, appointed by the president as ambassador to Japan, said the talks would resume. Alvarez spoke in Tokyo.',
      'Mark Feld, elected in 2014 as governor of Ohio, rejected the plan. "It is dead," Feld said.',
      'Lisa Moore, named to the board as chairwoman last year, declined to comment. Moore later said she would review it.',
    ]);
    expect(found['Jane Alvarez']).toBe('ambassador to Japan');
    expect(found['Mark Feld']).toBe('governor of Ohio');
    expect(found['Lisa Moore']).toBe('chairwoman');
  });

  it('control: a past form with no post after "as" still gives no role', () => {
    const found = roles('Actors split', [
      'W.C. Fields, joked with his best friend at the table, then left. Fields said it was late. Fields laughed.',
      'Peter Grant, retired Army general, backed the governor. Grant said the cuts were unwise.',
    ]);
    expect(found['W.C. Fields'] ?? null).toBeNull();
    expect(found['Peter Grant']).toBe('retired Army general');
  });
});
