import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 58 (fix58c), audit 59 B-a59-19: a form of address between a post and the name ("Director Ms", "Economist
 * Dr", "Commissioner Mheshimiwa") belongs to neither; a rank that is the post ("Chief Justice") stays. Copy written
 * for the tests.
 */
const roles = (...ps: string[]) =>
  whoIsWho(analyzeArticle(['Ferry fares to rise', ...ps].join('\n\n'))).people.map((p) => [p.name, p.role]);

describe('who is who: a form of address after the post', () => {
  it('leaves Ms, Dr and Mheshimiwa out of the role and the name', () => {
    const people = roles(
      'Kisumu Port Director Ms Akinyi Odera said the fares would rise in May.',
      '"The boats are old," she said.',
      'Economist Dr Baraka Njoroge of the Kisumu Polytechnic said the hulls were sound.',
      '"They will last ten years," said Dr Njoroge.',
      'Kisumu Regional Commissioner Mheshimiwa Wanjiru Achieng Otieno later ordered a review of the fares.',
      '"No one should pay more for the same boat," said Mheshimiwa Otieno.',
    );
    expect(people).toEqual(
      expect.arrayContaining([
        ['Akinyi Odera', 'Kisumu Port Director'],
        ['Baraka Njoroge', 'Economist'],
        ['Wanjiru Achieng Otieno', 'Kisumu Regional Commissioner'],
      ]),
    );
  });

  it('keeps a rank that is the post itself', () => {
    const people = roles(
      'Chief Justice Amara Kell said the fares case would be heard in June.',
      '"It is urgent," Kell said.',
    );
    expect(people).toEqual([['Amara Kell', 'Chief Justice']]);
  });
});
