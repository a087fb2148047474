import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const roles = (paragraphs: string[]) =>
  whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title: 'Fire on Orchard Lane' })).people.map((p) => [
    p.name,
    p.role,
  ]);

/*
 * Issue 13, session 46 (who49; review B-r45-13): a role that says only a person's sex or age ("woman", "a
 * 37-year-old man", "teenager"; WordNet's nouns, sex-age-nouns.json) says nothing of who the person is: none is
 * shown. The copy is written for the test.
 */
describe('who is who gives no role that says only sex or age', () => {
  it('drops "woman", "37-year-old man" and "teenager"', () => {
    expect(
      roles(['"The smoke was everywhere," said Dana Pell, a woman who lives nearby.', 'Pell said she ran.']),
    ).toEqual([['Dana Pell', null]]);
    expect(roles(['"I called the brigade," said Omar Lutz, a 37-year-old man.', 'Lutz said he waited.'])).toEqual([
      ['Omar Lutz', null],
    ]);
    expect(roles(['"We saw flames," said Kira Osei, a teenager.', 'Osei said she filmed it.'])).toEqual([
      ['Kira Osei', null],
    ]);
  });

  it('control: a relation, a place or a job beside the noun is a role', () => {
    expect(roles(['"The smoke was everywhere," said Dana Pell, a mother of three.', 'Pell said she ran.'])).toEqual([
      ['Dana Pell', 'mother of three'],
    ]);
    expect(roles(['"I called the brigade," said Omar Lutz, a retired firefighter.', 'Lutz said he waited.'])).toEqual([
      ['Omar Lutz', 'retired firefighter'],
    ]);
  });
});
