import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const listed = (paragraphs: string[]) =>
  whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title: 'A teacher in exile' })).people.map((p) => p.name);

/**
 * Issue 13, "not people": a capitalised run no known first name opens, which the copy writes twice after a locative
 * preposition ("in Tembe Ossa"), is a place, as a lone word so written already was ("in Libya"); a pronoun after it
 * ("in Tembe Ossa, where he taught") no longer makes it a person.
 */
describe('who is who: a run written as a place is no person', () => {
  it('"two years in Tembe Ossa … the crackdown in Tembe Ossa" is not listed', () => {
    const names = listed([
      'Marten Osei spent two years in Tembe Ossa, where he taught history at the college.',
      '"We were watched every day," Osei said. The crackdown in Tembe Ossa intensified, and he fled north.',
      'Osei said he would not go back until the arrests stopped.',
    ]);
    expect(names).toContain('Marten Osei');
    expect(names).not.toContain('Tembe Ossa');
  });

  it('control: a person named once after "in" and quoted is still listed', () => {
    const names = listed([
      'Voters put their trust in Obiora Nwankwo, who won the seat in March.',
      '"We will rebuild the harbour," Obiora Nwankwo said on Tuesday. Nwankwo said the work would start in May.',
    ]);
    expect(names).toContain('Obiora Nwankwo');
  });
});
