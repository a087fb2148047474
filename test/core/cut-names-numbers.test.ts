import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { holdsNameOrNumber } from '../../src/core/name-or-number';
import { passageItem } from '../../src/core/passage-item';
import { questionCut } from '../../src/core/question-cut';
import { pastCap } from './past-cap';

/**
 * Issue 13: a cut never drops a number or a name (sample 46's #12, #44, #50 in shape, in copy written for the test).
 * A passage whose cut would drop one is shown whole up to the hard cap of 60 words; a tail of plain words is cut as
 * before; past the cap the passage is still cut. A question whose word budget would drop one is shown as its passage.
 * Each case failed on main's head `549b7e8e`; each control passes on both.
 */
const shown = (sentence: string): string => passageItem('unverified', sentence, null, sentence.indexOf('says'));

const BARE =
  'The harbour trust says the new levy on winter berths has driven most of the smaller fishing boats away from the north pier and into the sheltered bays that lie further along the coast well before the storms that closed the old pier at Kilbride on the island of Mull in 2019.';

describe('a long passage whose cut would drop a place and a year is shown whole', () => {
  it('a bare cut 12 words before the end: the place and the year stay', () => {
    expect(BARE.split(' ')).toHaveLength(52);
    expect(shown(BARE)).toBe(`Unverified: “${BARE}”`);
  });

  it('a clause-boundary cut whose tail names a place and a year: the tail stays', () => {
    const sentence = BARE.replace('along the coast well before', 'along the coast, a trend that began long before');
    expect(shown(sentence)).toBe(`Unverified: “${sentence}”`);
  });

  it('control: the same passage ending on plain words is still cut', () => {
    const plain = pastCap(
      BARE.replace('at Kilbride on the island of Mull in 2019', 'at the far end of the island last winter'),
    );
    expect(shown(plain)).toMatch(/^Unverified: “The harbour trust says .* …”$/);
    expect(shown(plain)).not.toContain('last winter');
  });

  it('control: past the hard cap of 60 words the passage is still cut, with "…"', () => {
    const long = BARE.replace(
      'the smaller fishing boats',
      'the smaller fishing boats and the creel boats and the dive boats and the yachts of the sailing club and the old ferries the council sold to private owners last spring',
    );
    // Past the cap and a clause's end beyond it (session 54, sample52: up to 70 words a name-holding cut shows whole).
    expect(long.split(' ').length).toBeGreaterThan(70);
    expect(shown(long)).toMatch(/ …”$/);
    expect(shown(long)).not.toContain('2019');
  });
});

describe('what a cut would drop: a digit, a number word or a name', () => {
  it.each([
    ['in 2019', true],
    ['cost £5 a night', true],
    ['some twelve boats', true],
    ['at Kilbride pier', true],
    ['and I said no', false],
    ['and told them, ‘The pier is shut’', false],
    ['for most of the winter', false],
    ['and one of the boats', false],
  ])('"%s": %s', (tail, expected) => {
    expect(holdsNameOrNumber(tail.split(' '))).toBe(expected);
  });
});

const POISED =
  "The ferry company is poised to shore up its lead over the island's other operators in next week's harbour board tenders in Oban, Tiree, Coll and Barra.";

describe("a question whose word budget would drop names is shown as its passage (sample 46's #44)", () => {
  it('the budget cut "… tenders…?" drops the four harbours: the passage is shown', () => {
    const text = analyzeArticle(`Ferry news in brief\n\n${POISED}`).questions.map((q) => q.text);
    expect(text.some((q) => q.includes('Oban, Tiree, Coll and Barra'))).toBe(true);
    expect(text.some((q) => /…\?/.test(q))).toBe(false);
  });

  it("questionCut: any budget cut, not the copy's own ellipsis", () => {
    expect(
      questionCut(
        "Will the ferry company shore up its lead over the island's other operators in tenders…?",
        POISED.replace("next week's harbour board ", ''),
      ),
    ).toBe(true);
    expect(questionCut('Will the ferry company shore up its lead?', POISED)).toBe(false);
    expect(
      questionCut('Will the board say “we will … wait and see”?', 'The board said “we will … wait and see”.'),
    ).toBe(false);
  });
});
