import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 51, fix51a (audit 52, B-a52-9): "Mr Kevin Goh, 52, a taxi driver, said" lost the role: the apposition reader
 * stopped at the age between commas. Copy written for the test.
 */
function people(body: string): Array<{ name: string; role: string | null }> {
  return whoIsWho(
    analyzeArticle(
      `Bus fares rise again\n\nBus fares rose on Monday. ${body} The rise is the second this year, and drivers are unhappy.`,
    ),
  ).people.map((p) => ({ name: p.name, role: p.role }));
}

describe('an age between commas before the role', () => {
  it('reads the role after the age ("Darren Seah, 47, a bus captain,")', () => {
    expect(people('Mr Darren Seah, 47, a bus captain, said the route was busier than ever.')).toEqual([
      { name: 'Darren Seah', role: 'bus captain' },
    ]);
  });

  it('control: the same copy without the age gave the role before', () => {
    expect(people('Mr Darren Seah, a bus captain, said the route was busier than ever.')).toEqual([
      { name: 'Darren Seah', role: 'bus captain' },
    ]);
  });

  it('control: an age alone sets no role', () => {
    expect(people('Mr Darren Seah, 47, said the route was busier than ever.')).toEqual([
      { name: 'Darren Seah', role: null },
    ]);
  });
});
