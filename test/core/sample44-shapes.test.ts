import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { pastCap } from './past-cap';

/**
 * The shapes hand-read sample 44 found (docs/hand-read-questions.md, "Sample 44", engine 69), each in copy written for
 * the test, with a near control that must not change. Each case failed on main's head `13617e51`.
 */
const questionsOf = (body: string): string[] =>
  analyzeArticle(`Harbour news in brief\n\n${body}`).questions.map((q) => q.text);

const PLAN =
  "The plan, which is the work of Morag Finlay, a harbour board member from Oban, would further empower skippers to set the order of the quay's sailings";

describe('a long passage whose cue lies past its 40th word is cut at a clause boundary (#21)', () => {
  it('a lone dash opens no aside: the cut takes the comma after it, not the 40th word', () => {
    const qs = questionsOf(
      pastCap(
        `${PLAN} — while reducing the power of the quay's harbour master, a post that is expected to be filled by a member of the board.`,
      ),
    );
    // Was "… the quay's harbour master, a post that …": the cut read no phrase and lost the councillor's name.
    expect(qs).toContain(`Pending: “${PLAN} — while reducing the power of the quay's harbour master …”`);
  });

  it('after an elided aside the cut takes the last comma too', () => {
    const qs = questionsOf(
      pastCap(
        `${PLAN} — a change the board backs — while reducing the power of the quay's harbour master, a post that is expected to be filled by a member of the board.`,
      ),
    );
    // Was "… harbour master, a …".
    expect(qs).toContain(`Pending: “${PLAN} — … — while reducing the power of the quay's harbour master …”`);
  });

  // Session 50 (sample48b): under the hard cap of 60 words the sentence is shown whole, its dashed aside too.
  it('control: a paired dash under the cap keeps its aside, and a cue inside the budget is shown', () => {
    const plan =
      'The plan, which is the work of Morag Finlay, a harbour board member from Oban, would empower skippers to set the order of sailings — while reducing the power of the harbour master, a post that is vacant — and is expected to be put to the board by Councillor Ewan Baird next month.';
    expect(questionsOf(plan)).toContain(`Pending: “${plan}”`);
  });
});

const REPORT =
  'The Harbour Gazette reported on Monday that the ferry firm had booked her for a new season of paid talks, but';

describe('a denied clause’s "she" is the possessor of a denier that names no person (#36)', () => {
  it('"Mairi Lennox\'s campaign denied that she would …" asks of Mairi Lennox', () => {
    const qs = questionsOf(
      `${REPORT} Mairi Lennox's campaign denied that she would be giving any more talks this year.`,
    );
    // Was "Will Mairi Lennox's campaign be giving any more talks this year, despite …?".
    expect(qs).toContain(
      "Will Mairi Lennox be giving any more talks this year, despite the denial by Mairi Lennox's campaign?",
    );
  });

  it('a possessed person ("her lawyer") leaves "she" to either: the passage is shown', () => {
    const body = `${REPORT} Mairi Lennox's lawyer denied that she would be giving any more talks this year.`;
    const qs = questionsOf(body);
    // Was "Will Mairi Lennox's lawyer be giving any more talks this year, despite …?".
    expect(qs.join(' ')).not.toMatch(/Will Mairi Lennox's lawyer be/);
    expect(qs).toContain(`Denied: “${body}”`);
  });

  it('control: a named denier is still the "she" of the clause', () => {
    expect(questionsOf(`${REPORT} Mairi Lennox denied that she would be giving any more talks this year.`)).toContain(
      'Will Mairi Lennox be giving any more talks this year, despite the denial by Mairi Lennox?',
    );
  });
});

const MERGER = "Councillors also opposed the merger, which would raise the ferry firm's fares by 12 percent";

describe('a source right after an open which-clause is the clause’s, not the main clause’s (#45)', () => {
  it('"…, which would raise fares by 12 percent, according to company managers, …" is shown, not asked of the managers', () => {
    const body = `${MERGER}, according to company managers, compared with last year's rise of 4 percent.`;
    const qs = questionsOf(body);
    // Was "Can anyone besides company managers confirm that councillors also opposed the merger?".
    expect(qs.join(' ')).not.toMatch(/anyone besides company managers/);
    expect(qs).toContain(`Unverified: “${body}”`);
  });

  it('control: a which-clause closed before the source leaves the source the sentence’s', () => {
    expect(
      questionsOf(
        "The merger, which would raise the ferry firm's fares, was opposed by councillors, according to company managers.",
      ),
    ).toContain('Can anyone besides company managers confirm that the merger was opposed by councillors?');
  });
});
