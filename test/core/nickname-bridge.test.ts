import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const people = (copy: string) =>
  whoIsWho(analyzeArticle(copy, { title: 'Bridge inquiry opens' })).people.map((p) => [p.name, p.role]);

/**
 * Audit 56, B-a56-2: a nickname in quotes between the given name(s) and the surname split the name in two: the given
 * name became one person (with the title before it), the surname another, and the quotes went to the wrong one.
 */
describe('a quoted nickname between given name and surname is one person', () => {
  it('"Sen. Walter "Wally" Brenkman … Brenkman said": one person, whole name, with the title', () => {
    const copy =
      'At the inquiry, Sen. Walter "Wally" Brenkman showed photographs of the unfinished bridge. ' +
      '"Where did the money go?" Brenkman asked. The ministry did not reply.';
    const a = analyzeArticle(copy, { title: 'Bridge inquiry opens' });
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Walter Brenkman']);
    expect(people(copy)).toEqual([['Walter "Wally" Brenkman', 'Senator']]);
  });

  it('a two-word given name and curly quotes ("Rep. Anna Lucia “Lulu” Ferrante") stay whole', () => {
    const copy =
      'Rep. Anna Lucia “Lulu” Ferrante attended the inquiry on Tuesday. “We want a bridge that is really there,” ' +
      'Ferrante said.';
    expect(people(copy)).toEqual([['Anna Lucia “Lulu” Ferrante', 'Representative']]);
  });

  it('a given name off the lists is bridged when a title opens the run ("Sen. Ardo "Jun" Macalintal")', () => {
    const copy =
      'Sen. Ardo "Jun" Macalintal, an ally of the president, urged caution. "Photos can mislead," Macalintal said.';
    const a = analyzeArticle(copy, { title: 'Bridge inquiry opens' });
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Ardo Macalintal']);
  });

  it('control: a quoted word after a capitalised word that is no given name joins nothing', () => {
    const copy =
      'The Harbour Board "Tag" Vellacott flew to Denver in May. "The merger will fail," Mr. Vellacott said. ' +
      'Mr. Vellacott resigned a week later.';
    expect(people(copy).map(([name]) => name)).toEqual(['Vellacott']);
  });
});
