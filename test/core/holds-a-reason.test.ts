import { describe, expect, it } from 'vitest';
import { holdsAReason } from '../../src/core/holds-a-reason';

// debt60, session 60: the "in <noun> at/of/to" adjunct reads a lowercase noun; `\p{Ll}` under the `i` flag had matched
// a capitalised place or body as well. Invented sentences.
describe('an "in" phrase as a reason', () => {
  it('reads a common noun, in the sentence or opening it', () => {
    expect(holdsAReason('The warden resigned in protest at the closure of the ward.')).toBe(true);
    expect(holdsAReason('In response to the letter, the trust paused the sale.')).toBe(true);
  });

  it('does not read a place or a body named with a capital', () => {
    expect(holdsAReason('The senator stayed in Ohio to meet dairy farmers.')).toBe(false);
    expect(holdsAReason('The bill stalled in Parliament with little debate.')).toBe(false);
  });
});
