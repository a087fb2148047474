import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const roles = (body: string): Record<string, string | null> =>
  Object.fromEntries(
    whoIsWho(analyzeArticle(body, { title: 'City hall shake-up continues' })).people.map((p) => [p.name, p.role]),
  );

/** Review B-main-54: a fronted role whose complement opens with "for" gave no role. */
describe('a role before the name with a "for" complement', () => {
  it('reads "The deputy mayor for public safety, Name," and "An attorney for Name, Name,"', () => {
    const listed = roles(
      [
        'The deputy mayor for public safety, Ray Okafor, resigned on Friday after a week of criticism.',
        'An attorney for Okafor, Lena Brandt, said her client had done nothing wrong.',
        'Okafor did not attend the council meeting. Brandt said an appeal would follow.',
      ].join('\n\n'),
    );
    expect(listed['Ray Okafor']).toBe('deputy mayor for public safety');
    expect(listed['Lena Brandt']).toBe('attorney for Okafor');
  });

  it('reads a second complement after the first, with a title before the name: "The director of X for Place, Dr. Name,"', () => {
    const listed = roles(
      [
        'The director of public health for Northmoor, Dr. Ines Halloran, said cases were rising fast.',
        'Halloran said the clinics would open at weekends.',
      ].join('\n\n'),
    );
    expect(listed['Ines Halloran']).toBe('director of public health for Northmoor');
  });

  it('controls: "of" reads as before; a spokesman for a long-named office gives the name no role', () => {
    const listed = roles(
      [
        'The chief executive of Harlow Mills, Ruth Tan, said sales had fallen.',
        'A spokesman for the county prosecutor in Easton, Paul Greer, declined to comment.',
        'Tan said the firm would cut jobs. Greer has not filed charges.',
      ].join('\n\n'),
    );
    expect(listed['Ruth Tan']).toBe('chief executive of Harlow Mills');
    expect(listed['Paul Greer'] ?? null).toBeNull();
  });

  it("reads a post that opens the sentence with no article as the apposed name's, whoever it serves (audit 49)", () => {
    const listed = roles(
      [
        'Counsel for the defendant, Ciaran Walsh, said his client would plead not guilty.',
        'Walsh asked for the case to be adjourned until March.',
      ].join('\n\n'),
    );
    expect(listed['Ciaran Walsh']).toBe('Counsel for the defendant');
  });

  it('reads "A spokeswoman for the <body>, Name," when the body is no person (audit 49)', () => {
    const listed = roles(
      [
        'A spokeswoman for the hospital, Grainne Toal, said the ward would reopen next week.',
        'Toal said no patients had been moved.',
      ].join('\n\n'),
    );
    expect(listed['Grainne Toal']).toBe('spokeswoman for the hospital');
  });

  it('control: after an article, a post serving a person ("a lawyer for the victim") leaves the name unsaid', () => {
    const listed = roles(
      [
        'A lawyer for the victim, Jane Okafor, said the family wanted answers.',
        'Okafor said the inquiry should be held in public.',
      ].join('\n\n'),
    );
    expect(listed['Jane Okafor'] ?? null).toBeNull();
  });
});
