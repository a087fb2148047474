import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { definedAsBody } from '../../src/core/defined-as-body';
import { looksLikePerson } from '../../src/core/looks-like-person';
import { whoIsWho } from '../../src/core/who-is-who';
import { wholeName } from '../../src/core/whole-name';

/**
 * Hand-read 15's things listed as people (docs/hand-read-questions.md, "Who is who"): a show's given name, a pollster,
 * a publication, a slogan's and a title's words. Copy written for the test, two or more sentences of each shape.
 */
const who = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')));
const names = (headline: string, ...paragraphs: string[]) => who(headline, ...paragraphs).people.map((p) => p.name);

describe('who-is-who, things named like people', () => {
  it('lists no lone given name the copy writes only inside a longer name', () => {
    const show = names(
      'Governor weighs a run',
      'Governor Alan Pruett said on Wednesday on MSNBC’s “Morning Joe” that he was undecided.',
      'Sen. Joe Marchetti (I-Conn.) also said he would wait. “We will see,” Pruett said. Pruett added that polls were close.',
    );
    expect(show).not.toContain('Joe');
    expect(show).toContain('Alan Pruett');
    const radio = names(
      'Mayor answers callers',
      "''The bridge is safe,'' Mayor Ruth Galvin told the radio hosts of ''Evening Sam,'' adding that her deputy agreed.",
      "Galvin said the work cost $4 million. ''We will pay,'' Galvin said.",
    );
    expect(radio).not.toContain('Sam');
    // A given name the copy writes on its own stays a person.
    const alone = names(
      'Chef opens a diner',
      '“We cook what we like,” Sam said on Tuesday. Sam, who trained in Lyon, opened the diner in May.',
    );
    expect(alone).toContain('Sam');
    // A given name that is also the surname the copy titles ("Gov. Scott") stands alone after the title.
    const titled = names(
      'Governor signs the budget',
      '“This is a good day,” Gov. Scott said on Friday. Gov. Scott signed the bill after a long debate.',
    );
    expect(titled.some((p) => /\bScott$/.test(p))).toBe(true);
    // After a given name the word is a surname ("Dean Martin"): the run names a person.
    expect(looksLikePerson('Martin', 'starring Dean Martin as a pilot.', true)).toBe(true);
    expect(looksLikePerson('Lewis', 'and Gary Lewis as the sheriff.', true)).toBe(true);
  });

  it('reads a body noun before the run or an apposition headed by one as saying it is no person', () => {
    expect(definedAsBody('Pando', 'a columnist for the tech news site Pando said he was ashamed.')).toBe(true);
    expect(definedAsBody('Civic Lens', 'The findings, from the polling firm Civic Lens, were released.')).toBe(true);
    expect(definedAsBody('Latino Decisions', 'released by Latino Decisions, a public opinion research group.')).toBe(
      true,
    );
    expect(
      definedAsBody('Harbor Metrics', 'said Harbor Metrics, a Boston-based analytics firm that tracks ports.'),
    ).toBe(true);
    // "a member of the group": the apposition's head is the person's place in the body, not the body.
    expect(definedAsBody('Lena Ortiz', 'said Lena Ortiz, a member of the group.')).toBe(false);
    expect(definedAsBody('Tomas Reyna', 'said Tomas Reyna, the group’s founder.')).toBe(false);
    const pollster = who(
      'Poll: voters sour on the plan',
      'The poll of 400 voters was released on Friday by Harbor Metrics, a public opinion research group.',
      '“Voters feel ignored,” said Harbor Metrics researcher Nadia Ferrante, who directed the polling.',
      'Harbor Metrics found support fell to 31 percent.',
    );
    expect(pollster.people.map((p) => p.name)).not.toContain('Harbor Metrics');
    expect(pollster.people.map((p) => p.name)).toContain('Nadia Ferrante');
  });

  it('takes no title’s or slogan’s words before a gerund into a name', () => {
    const text =
      'He wrote a column entitled “Why Backing Mara in 2020 is More Important Than Electing Obama in 2008.” ' +
      'The email said “Speaker Joins Growing List of Conservatives Rebuking Trump as He Wins.” ' +
      'Mayor Sterling Obama said nothing. Quietly Trump left.';
    expect(wholeName('Obama', text)).not.toMatch(/Important|Electing/);
    expect(wholeName('Trump', text)).not.toMatch(/Conservatives|Rebuking|Quietly/);
    // "Sterling" is a given name, not a gerund: the name before the surname still reads whole.
    expect(wholeName('Obama', 'Sterling Obama said nothing. Obama left.')).toBe('Sterling Obama');
  });

  it('lists no run the copy writes twice or more, always after "the" (who37)', () => {
    const listed = names(
      'Mayor asks for help after flood',
      'Mayor Ann Lowry said the United States must act. Lowry said the aid was slow.',
      'The gunman, apparently referring to air strikes by the United States and its allies, said: “You kill innocent women and children.”',
      'Lowry said the United States responds too slowly. Lowry said she would ask again.',
      'The Tom Hale campaign said it agreed. Tom Hale said the aid was late. Hale said so twice.',
    );
    expect(listed).not.toContain('United States');
    expect(listed).not.toContain('States');
    // Control: a person written once after "the", as a modifier, and elsewhere bare, stays.
    expect(listed).toEqual(expect.arrayContaining(['Ann Lowry', 'Tom Hale']));
  });

  it('keeps a person whose whole name the copy writes twice only as a modifier after "the" (review s27 B-who37-2)', () => {
    const listed = names(
      'Son defends meeting',
      'The Donald Trump Jr. interview aired on Monday. Trump Jr. said he had done nothing wrong.',
      'Critics said the Donald Trump Jr. account left out the meeting. Trump Jr. said the critics were wrong.',
      'Adam Schiff, the ranking Democrat, said the account raised questions. Schiff said he would ask again.',
    );
    expect(listed).toContain('Donald Trump Jr.');
    expect(listed).toContain('Adam Schiff');
  });
});
