import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

// Session 61 (sp76), audit 62's B-a62-3: "The <role> of <body>, <Name> (of <party>), said" after someone else was given a
// post with the same head noun: the name apposed to the role phrase speaks and holds that post. Invented copy.
const analyse = (...lines: string[]) => analyzeArticle(['Ferry timetable row goes to vote', ...lines].join('\n\n'));
const earlier = '"Nobody asked the islanders," said Greta Holm, chair of the Northshore Ferry Users\' Group.';

describe('a role phrase with its complement and an apposed name', () => {
  it.each([
    ['a party tag after the name', "The chair of the county's transport board, Nils Berg of the Liberals, said"],
    ['no tag', "The chair of the county's transport board, Nils Berg, said"],
    ['a plain complement', 'The chair of the transport board, Nils Berg of the Liberals, said'],
  ])('credits the apposed name, not the earlier holder, with %s', (_shape, opening) => {
    const a = analyse(earlier, `${opening} the board would look at the timetable again in May.`);
    expect(a.statements.at(-1)?.speaker).toBe('Nils Berg');
  });

  it('gives the apposed name the role phrase in who is who (possessive complement and party tag)', () => {
    const line = "The chair of the county's transport board, Nils Berg of the Liberals, said the board would wait.";
    const people = whoIsWho(analyse(earlier, line)).people;
    expect(people.find((p) => p.name === 'Nils Berg')?.role).toBe("chair of the county's transport board");
    expect(people.find((p) => p.name === 'Greta Holm')?.role).toBe("chair of the Northshore Ferry Users' Group");
  });

  it('reads a body named by four lower-case words as the complement', () => {
    const line =
      'The chair of the regional public transport board, Nils Berg of the Liberals, said the board would wait.';
    const person = whoIsWho(analyse(earlier, line)).people.find((p) => p.name === 'Nils Berg');
    expect(person?.role).toBe('chair of the regional public transport board');
  });

  it('control: "The chair said" with no name after it is still the earlier holder', () => {
    const a = analyse(earlier, 'The chair said the group would write to the county again in May.');
    expect(a.statements.at(-1)?.speaker).toBe('Greta Holm');
  });
});
