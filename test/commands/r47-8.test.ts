import { expect, test } from 'vitest';
import { coordinatedDoers } from '../../commands/coordinated-doers';

// Review 47's B-r47-8: the coordinated-doers pattern was quadratic on a long comma list with no "and" (every capital
// of the list started an attempt that ran to its end and failed). Measured as a ratio of two input sizes in the same
// test, not as wall time: ten calls over a list of about 5,000 characters against one call over one ten times as long.
// Linear reading costs about the same for both; quadratic costs the long one about ten times more. Invented copy.
const GIVEN = ['Jon', 'Lou', 'Ada', 'Ben', 'Mia', 'Leo', 'Ivo', 'Uma', 'Eli', 'Noa', 'Ray', 'Kit'];
const FAMILY = ['Quinn', 'Roth', 'Vale', 'Moss', 'Penn', 'Dyer', 'Holt', 'Kerr', 'Lowe', 'Nash', 'Orme', 'Tate'];

function petition(chars: number): string {
  const names: string[] = [];
  for (let i = 0; names.join(', ').length < chars; i++) names.push(`${GIVEN[i % 12]} ${FAMILY[(i * 5 + 7) % 12]}`);
  return `The petition was signed by ${names.join(', ')}.`;
}

/** The fastest of `trials` runs of `calls` reads of the text, in milliseconds (the least disturbed by other work). */
function fastest(text: string, calls: number, trials: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let t = 0; t < trials; t++) {
    const start = performance.now();
    for (let c = 0; c < calls; c++) coordinatedDoers([text], ['Zoe Wynn'], 'sign', 'passive');
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

test('a comma list with no "and" is read in time linear in its length', () => {
  const small = petition(5_000);
  const large = petition(50_000);
  fastest(small, 3, 1); // warm the pattern (V8 compiles a regular expression once it has run a few times)
  const bound = 4 * fastest(small, 10, 5);
  // Up to three tries, the first under the bound ending them: one slowed by other work on the machine is no verdict.
  let largeOne = Number.POSITIVE_INFINITY;
  for (let trial = 0; trial < 3 && largeOne >= bound; trial++) largeOne = Math.min(largeOne, fastest(large, 1, 1));
  expect(largeOne).toBeLessThan(bound);
});

test('control: a list ending in "and" still gives all its names', () => {
  const text = 'Ann Lee, Tom Reed and Sam Patel signed the petition on Friday.';
  expect(coordinatedDoers([text], ['Sam Patel'], 'sign')).toBe('Ann Lee, Tom Reed and Sam Patel');
  expect(coordinatedDoers([text], ['Ann Lee', 'Tom Reed', 'Sam Patel'])).toBe('Ann Lee, Tom Reed and Sam Patel');
});

test('control: a run after a comma list with no "and" is still found', () => {
  const text = 'Crews came from Dunmore, Portree, Kelsby, Elmouth and Oban; Ann Lee and Tom Reed signed the petition.';
  expect(coordinatedDoers([text], ['Tom Reed'], 'sign')).toBe('Ann Lee and Tom Reed');
});
