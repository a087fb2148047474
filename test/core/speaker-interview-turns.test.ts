import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Review s48 B-a49-2: interview copy credited the interviewee's answers to someone quoted nearby. A quotation standing
// as its own paragraph took the speaker of a quotation inside the next paragraph's reported sentence, and an
// interviewer's unquoted question between two quotations did not end the first speaker's run. Precision first: an
// unattributed answer beats a wrong speaker. Invented copy.

const speakers = (paragraphs: string[]): Array<[string, string | null]> =>
  analyzeArticle(
    ['Theatre to close for repairs', 'The Harwick theatre will close for repairs in May.', ...paragraphs].join('\n\n'),
  ).quotes.map((q) => [q.text, q.speaker]);

const ANSWER = '"We only just kept the lights on last winter."';

describe("a stand-alone quotation and the next paragraph's reported sentence", () => {
  it('does not take the speaker of a quotation inside that sentence', () => {
    expect(
      speakers([
        ANSWER,
        'Trustee Gareth Monroe said the board was "glad to have stood by Ellen" and would keep the grant.',
      ]),
    ).toEqual([
      ['We only just kept the lights on last winter.', null],
      ['glad to have stood by Ellen', 'Gareth Monroe'],
    ]);
  });

  it('a run of quotation paragraphs still ends on its speaker (control)', () => {
    expect(speakers([ANSWER, '"Donors saved us," said trustee Gareth Monroe.'])).toEqual([
      ['We only just kept the lights on last winter.', 'Gareth Monroe'],
      ['Donors saved us,', 'Gareth Monroe'],
    ]);
  });

  it('the next quotation in the same paragraph (control)', () => {
    expect(speakers(['"We only just kept the lights on," Gareth Monroe said. "Donors saved us."'])).toEqual([
      ['We only just kept the lights on,', 'Gareth Monroe'],
      ['Donors saved us.', 'Gareth Monroe'],
    ]);
  });
});

describe("an interviewer's question between two quotations", () => {
  const before = 'Trustee Gareth Monroe said the board would "look again at every cost".';
  it.each([
    ['a question paragraph', 'Will the theatre reopen?'],
    ['a "Q:" line', 'Q: Tell us about the budget.'],
  ])("ends the first speaker's run: %s", (_, question) => {
    expect(speakers([before, question, '"I hope so. We have to be careful."'])).toEqual([
      ['look again at every cost', 'Gareth Monroe'],
      ['I hope so. We have to be careful.', null],
    ]);
  });

  it('without one, the answer paragraph keeps the speaker before (control)', () => {
    expect(speakers([before, '"I hope so. We have to be careful."'])).toEqual([
      ['look again at every cost', 'Gareth Monroe'],
      ['I hope so. We have to be careful.', 'Gareth Monroe'],
    ]);
  });
});
