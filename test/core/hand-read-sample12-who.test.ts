import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { roleOf } from '../../src/core/role-of';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * The who-is-who classes of hand-read 12 (docs/hand-read-questions.md): a relative "whose husband" read as a
 * role, a protagonist the headline names lost. Copy written for the test, of the construction's general shape.
 */
const people = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people;

describe('sample 12 who-is-who classes', () => {
  it('gives no one a bare "whose husband" as a role, and keeps a whole relative clause', () => {
    const listed = people(
      'Widow asks for the harbour report',
      '"I want the truth," said Jane Hale, whose husband, harbour pilot Tom Hale, was lost at sea.',
      'Tom Hale had served for 20 years. Jane Hale said he was brave.',
    );
    expect(listed.find((p) => p.name === 'Jane Hale')?.role ?? null).toBeNull();
    expect(listed.some((p) => p.role?.startsWith('whose husband'))).toBe(false);
    const clause = people(
      'Families meet the board',
      'Pat Smith, whose son was lost at sea in 2012, spoke first. "We are still waiting," Smith said.',
    );
    expect(clause).toContainEqual({ name: 'Pat Smith', role: 'whose son was lost at sea in 2012' });
  });

  it('counts the headline’s mention of a person named once in full in the body', () => {
    expect(
      people(
        'Why the council will not renounce Hale',
        'Councillors in Port Ellis still back Tom Hale, despite the harbour row.',
      ).map((p) => p.name),
    ).toContain('Tom Hale');
    // A name in the body once and nowhere in the headline stays out.
    expect(
      people('Why the council will not renounce the plan', 'Councillors in Port Ellis still back Tom Hale.').map(
        (p) => p.name,
      ),
    ).not.toContain('Tom Hale');
  });

  it('lists a quoted full name written twice whose first word is also a nationality', () => {
    const listed = people(
      'Harbour troupe mocks the mayor',
      'The troupe was founded by Freddy Ortega and his brother, German Ortega, who play the leads.',
      '"We laugh at power," German Ortega said. Freddy Ortega said the show would tour.',
    ).map((p) => p.name);
    expect(listed).toEqual(expect.arrayContaining(['Freddy Ortega', 'German Ortega']));
    // Written once and never quoted, the nationality stays an adjective.
    expect(
      people(
        'Harbour troupe mocks the mayor',
        'Freddy Ortega founded the troupe. The German Ortega fans came too. Freddy Ortega said the show would tour.',
      ).map((p) => p.name),
    ).not.toContain('German Ortega');
  });

  it('lists both sides of a coordination when the unlisted side’s surname is quoted alone', () => {
    const listed = people(
      'Harbour rowers banned',
      'The rowers Costas Kenteris and Katerina Thanou missed a test in Port Ellis.',
      'Thanou said she was innocent. Kenteris said nothing. Thanou will appeal, she said.',
    ).map((p) => p.name);
    expect(listed).toEqual(expect.arrayContaining(['Katerina Thanou', 'Costas Kenteris']));
    // A partner whose first word is in no list and whose surname never stands alone is not read as a person.
    expect(
      people(
        'Harbour rowers banned',
        'The rowers Costas Kenteris and Katerina Thanou missed a test. Thanou said she was innocent, she said.',
      ).map((p) => p.name),
    ).not.toContain('Costas Kenteris');
  });

  it('lists a firm named like a person among the organisations when its clause goes on with "it"/"its"', () => {
    const who = whoIsWho(
      analyzeArticle(
        [
          'Banks fined over harbour bonds',
          '',
          'Morgan Stanley declined to comment. Morgan Stanley said in a statement it had acted properly.',
          '',
          'Morgan Stanley paid the fine, and its shares fell, the harbour board said.',
        ].join('\n'),
      ),
    );
    expect(who.people.map((p) => p.name)).not.toContain('Morgan Stanley');
    expect(who.organizations).toContain('Morgan Stanley');
    // A person's quotation holding "it" is no cue: "Jane Hale said after the vote, ‘what difference does it make?’".
    expect(
      people(
        'Harbour vote',
        'Jane Hale said after the vote, ‘what difference does it make?’ The board said Jane Hale had lost.',
        'Jane Hale said the board would meet on Monday.',
      ).map((p) => p.name),
    ).toContain('Jane Hale');
  });

  it('takes no role word before a shared surname for a first name, and no byline for a headline', () => {
    const listed = people(
      'Harbour inquiry reopens',
      'Harbour Police Director James Hale said the inquiry would reopen. Director Hale said it would take a month.',
      '"We will find out," Director Hale said.',
    ).map((p) => p.name);
    expect(listed).not.toContain('Director Hale');
    expect(people('BYLINE: Tom Hale', 'The harbour board met Tom Hale on Monday.').map((p) => p.name)).not.toContain(
      'Tom Hale',
    );
  });

  it('lists the one full name of a surname the copy goes on to use alone, whatever its first word', () => {
    const text = [
      'Protesters in Port Ellis called on Rahm Emanuel to resign.',
      'Rahm Emanual, the town’s mayor since 2011, has refused. Emanuel worked for the harbour board before.',
      'Critics accused Emanuel of hiding the report. The board ordered Emanuel’s office to publish it.',
      'Calls for Emanuel to go grew on Monday, and a vote on Emanuel is due in May. Emanuel said he would stay.',
    ];
    expect(people('Harbour protest', ...text).map((p) => p.name)).toContain('Rahm Emanuel');
    // Fewer than five mentions alone, or a run the copy writes after "the", stays out.
    const court = [
      'Lawyers filed at the Harbour Court on Monday.',
      'The Court heard them. The Court said it would rule. Court staff left. The Court adjourned. Court resumed.',
    ];
    expect(people('Harbour case', ...court).map((p) => p.name)).not.toContain('Harbour Court');
  });

  it('reads a role past a saint’s abbreviation and a title to its closing quote marks', () => {
    const text =
      "Ada Kole, a teacher at St. Mary's School in Port Ellis, said the quay was unsafe. " +
      "Ben Hart, the author of ''Harbour Lights: A History of the Quay,'' said it was always so. " +
      "Cal Dune, a host of ''The Tide,'' agreed. Kole, Hart and Dune met on Monday. Kole, Hart and Dune left.";
    expect(roleOf('Ada Kole', undefined, text)).toBe("teacher at St. Mary's School in Port Ellis");
    const listed = people('Harbour quay', text);
    expect(listed).toContainEqual({ name: 'Ben Hart', role: "author of ''Harbour Lights: A History of the Quay''" });
    expect(listed).toContainEqual({ name: 'Cal Dune', role: "host of ''The Tide''" });
  });
});
