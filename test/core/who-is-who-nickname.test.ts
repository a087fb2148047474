import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const listed = (copy: string) =>
  whoIsWho(analyzeArticle(copy, { title: 'Harbour board split' })).people.map((p) => p.name);

/**
 * Issue 13: "George "Jay" Keyworth" stopped the name finder at the quote, so who is who had only the bare surname,
 * no whole name. A nickname in quotes between a listed given name and the surname is written whole with it.
 */
describe('who is who: a nickname in quotes inside a name is kept whole', () => {
  it('"the engineer Tomas "Tag" Vellacott … Vellacott said" lists the name as the copy writes it', () => {
    const copy =
      'The longest-serving director, the engineer Tomas "Tag" Vellacott, flew to Denver in May. "The merger will ' +
      'fail," Vellacott said. Vellacott resigned a week later.';
    expect(listed(copy)).toEqual(['Tomas "Tag" Vellacott']);
    const curly =
      'The former harbour pilot Marta “Mo” Quensel opposed the plan. “The channel is silting up,” Quensel said. ' +
      'Quensel left the meeting early.';
    expect(listed(curly)).toEqual(['Marta “Mo” Quensel']);
  });

  it('control: a quoted word after a capitalised word that is no given name stays out of the name', () => {
    const copy =
      'The Harbour Board "Tag" Vellacott flew to Denver in May. "The merger will fail," Mr. Vellacott said. ' +
      'Mr. Vellacott resigned a week later.';
    expect(listed(copy)).toEqual(['Vellacott']);
  });
});
