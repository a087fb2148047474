import { afterEach, describe, expect, it, vi } from 'vitest';
import { findNameRuns } from '../../src/core/name-runs';
import { parsePerson } from '../../src/core/parse-person';
import { findRole } from '../../src/core/person-roles';
import { tokenize } from '../../src/core/tokenize';

/** The role findRole gives each person the sentence names. */
function roles(text: string): Array<[string, string | null]> {
  const words = tokenize(text);
  return findNameRuns(text, words).flatMap((run) => {
    const parse = parsePerson(run);
    return parse ? [[parse.name, findRole(text, words, run, parse)] as [string, string | null]] : [];
  });
}

/** The pattern that reads a capitalised title closing on a comma before the name ("The Chair of …, "). */
const titlePattern = (re: RegExp): boolean => re.source.startsWith('(?:^|[.;:]\\s+|,\\s+)');

describe('a title before a comma-bound name', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is the role of a name a comma closes', () => {
    expect(roles('The Chair of the Kelby Trust, Ana Morrow, said the fair would go ahead.')).toContainEqual([
      'Ana Morrow',
      'Chair of the Kelby Trust',
    ]);
  });

  it('is not read for a name no comma closes', () => {
    expect(roles('The Chair of the Kelby Trust, Ana Morrow said the fair would go ahead.')).toContainEqual([
      'Ana Morrow',
      null,
    ]);
  });

  // The title reader tries every start of the 120 characters before a name: it runs only where the comma after the
  // name can make its finding a role, so a roster of names costs nothing there (it ran for every name before).
  it('is read only where a comma follows the name', () => {
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const names = ['Ana Morrow', 'Bo Lindqvist', 'Cy Okafor', 'Dee Hartnell', 'Eli Varga', 'Fen Ostrova'];
    const roster = `${names.map((n) => `The Chair of the Kelby Trust, ${n} spoke`).join(' and ')}.`;
    roles(roster);
    expect(exec.mock.contexts.filter((re) => titlePattern(re as RegExp))).toHaveLength(0);
    exec.mockClear();
    roles('The Chair of the Kelby Trust, Ana Morrow, said the fair would go ahead.');
    expect(exec.mock.contexts.filter((re) => titlePattern(re as RegExp)).length).toBeGreaterThan(0);
  });
});
