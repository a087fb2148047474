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
});
