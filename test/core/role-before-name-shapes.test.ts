import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { compoundRoleHead } from '../../src/core/compound-role-head';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Audit 58, B-a58-14: a role set off by a comma before the name was lost when "then" dated it, its complement was
 * "X and Y", or its head a closed-up compound WordNet lists as two words ("headteacher"). Copy written for the test.
 */
const roles = (...ps: string[]) =>
  whoIsWho(analyzeArticle(['Library plan shelved', ...ps].join('\n\n'))).people.map((p) => [p.name, p.role ?? null]);

describe('a role before the name, set off by commas', () => {
  it('"then" before the head dates the post; "X and Y" completes it', () => {
    expect(
      roles("Quillmark's then head of policy and research, Tomasz Wereszczak, said the plan was unaffordable."),
    ).toEqual([['Tomasz Wereszczak', "Quillmark's then head of policy and research"]]);
  });

  it('"then" after a lower-case owner\'s possessive dates the post too (review 60, R60-13)', () => {
    expect(roles("The museum's then finance director, Petra Lindqvist, said the plan was unaffordable.")).toEqual([
      ['Petra Lindqvist', "museum's then finance director"],
    ]);
    // Without the dating "then" a lower-case word inside is still a clause's, as before.
    expect(
      roles("The museum's director praised the archivist, Petra Lindqvist, who said it was unaffordable."),
    ).toEqual([['Petra Lindqvist', null]]);
  });

  it('after "her" or "his", "then" may date a relation, which is no role', () => {
    expect(roles('Her then boyfriend, Tomasz Wereszczak, said the plan was unaffordable.')).toEqual([
      ['Tomasz Wereszczak', null],
    ]);
  });

  it('a closed-up compound a person role head ends is a post ("headteacher"); other words are not', () => {
    expect(roles("The college's headteacher, Aled Pryce, insisted the library would stay open.")).toEqual([
      ['Aled Pryce', "college's headteacher"],
    ]);
    expect(['headteacher', 'schoolteacher'].filter((w) => !compoundRoleHead(w))).toEqual([]);
    expect(['remember', 'handover', 'understanding', 'butterfly'].filter((w) => compoundRoleHead(w))).toEqual([]);
  });
});
