import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Issue 13, who51b's worse rows read as constructions, not sentences: a name used as a modifier ("a senior Tomas Keller
 * aide"), an -ing word of the role after a determiner ("his running mate"), an irregular past before a role ("Brandt
 * beat … took down businessman"), and a role coordinated before "and" ("Farm consultant and former dairy farmer").
 * Copy written for the test.
 */
const people = (...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Race tightens in Dunmore', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people;
const roleOf = (name: string, ...paragraphs: string[]) => people(...paragraphs).find((p) => p.name === name)?.role;
const QUOTE = '“We will win this county,” Keller said.';

describe('who is who, roles read by their construction', () => {
  it('gives no role from the words before a name that modifies a person noun', () => {
    expect(
      roleOf(
        'Tomas Keller',
        'The speech was rewritten twice, according to a senior Tomas Keller aide who asked not to be named.',
        QUOTE,
      ),
    ).toBeNull();
  });

  it('control: the same words before a name that heads its own phrase are its role', () => {
    expect(roleOf('Tomas Keller', 'The speech was read by senior adviser Tomas Keller on Monday.', QUOTE)).toBe(
      'senior adviser',
    );
  });

  it('keeps the -ing word of a role after a determiner', () => {
    expect(
      roleOf(
        'Tomas Keller',
        'Governor Ella Brandt toured the mills with his running mate Tomas Keller on Tuesday.',
        QUOTE,
      ),
    ).toBe('running mate');
  });

  it("control: after a preposition the -ing word is a verb, not the role's", () => {
    expect(
      roleOf('Tomas Keller', 'Governor Ella Brandt spent the week attacking nominee Tomas Keller on trade.', QUOTE),
    ).toBe('nominee');
  });

  it('ends the role at an irregular past', () => {
    expect(roleOf('Tomas Keller', 'Brandt took down businessman Tomas Keller in the three-way primary.', QUOTE)).toBe(
      'businessman',
    );
  });

  it("keeps an irregular past WordNet also reads as a noun or adjective as the role's own (review 49, B-r49-6)", () => {
    expect(roleOf('Tomas Keller', 'The hall must stay open, said lay preacher Tomas Keller on Sunday.', QUOTE)).toBe(
      'lay preacher',
    );
    expect(roleOf('Tomas Keller', 'The ward will close in May, said wound care nurse Tomas Keller.', QUOTE)).toBe(
      'wound care nurse',
    );
  });

  it('control: an irregular past with no noun or adjective reading still ends the role', () => {
    expect(roleOf('Tomas Keller', 'Brandt met with businessman Tomas Keller in the three-way primary.', QUOTE)).toBe(
      'businessman',
    );
    expect(roleOf('Tomas Keller', 'Brandt gave businessman Tomas Keller a seat on the board.', QUOTE)).toBe(
      'businessman',
    );
  });

  it('control: a capitalised word before the role with no verb between is still read', () => {
    expect(roleOf('Tomas Keller', 'Dunmore businessman Tomas Keller entered the primary in May.', QUOTE)).toBe(
      'Dunmore businessman',
    );
  });

  it('keeps both roles of a coordination that opens the clause', () => {
    expect(
      roleOf(
        'Harold Quayle',
        'Farm consultant and former dairy farmer Harold Quayle said the milk price was too low.',
        '“It has to rise,” Quayle said.',
      ),
    ).toBe('Farm consultant and former dairy farmer');
  });

  it('control: after an article the first conjunct may be someone else ("the mayor and police chief")', () => {
    expect(
      roleOf(
        'Harold Quayle',
        'Talks between the mayor and police chief Harold Quayle ended on Monday.',
        '“It has to rise,” Quayle said.',
      ),
    ).toBe('police chief');
  });
});
