import { gateWindow } from './gate-window';
import type { KindGate } from './kind-gates';
import { quotedQuestion } from './quoted-question';

/**
 * Pending and unverified need a clause that states something, not a rhetorical question (issue 13, session 40,
 * kind55; sample 36's #9): "The question posed by their analysis is: why would any rational person believe …
 * failures that will be waiting on the next President's desk?", "So why pursue a claim that is as false as it is
 * cruel?", "Will the investigations ever stop?" assert their answer; the "will" or the hedge word inside them
 * schedules nothing and reports no claim to check. The cue stands in an interrogative clause: it opens (at the
 * sentence's start, after a colon, semicolon or opening quotation mark, past an "And", "But", "So" or "Further,") on a
 * question word or an inverted auxiliary, and runs to a "?" with no sentence end between; and the grammar marks it
 * rhetorical: "why", a negated auxiliary put first ("Isn't it …?"), or a negative-polarity word (any, anyone, ever,
 * at all) in it. A plain question the copy asks ("Did that mean the union would vote for the deal?", "What will the
 * probe find?") is still an open lead, shown as its passage unless the next sentence answers it (kept-cues.ts); a
 * declarative clause before a later question ("The vote will be held on Monday, but who will attend?") keeps its
 * cue. Unknown and the disputed kinds keep theirs whatever the mood.
 */
const ASKED_CLAUSE: KindGate = {
  name: 'asked-clause',
  lacks: (f, text, index, match) => {
    if (f.kind !== 'pending' && f.kind !== 'unverified') return false;
    const rest = /^[^.!?]*\?/.exec(gateWindow.after(text, index, match, 300));
    if (rest === null) return false;
    const lead = gateWindow.before(text, index, 300);
    const start = Math.max(lead.lastIndexOf(':'), lead.lastIndexOf(';'), openQuote(lead), lead.search(/[.!?][^.!?]*$/));
    const clause = lead.slice(start + 1);
    const opener = OPENER.exec(clause + match);
    return (
      opener !== null &&
      !/,\s+(?:and|but|or|so|yet)\s/i.test(clause) &&
      (/^(?:why|\w+n['’]t)$/i.test(opener[1]!) || INCREDULOUS.test(`${clause}${match}${rest[0]}`))
    );
  },
};
/**
 * A negative-polarity word marks a question rhetorical only beside a modal of incredulity ("who would ever believe
 * …", "could anyone …", "will it ever stop?"): every yes/no question licenses any/anyone/ever, so "Has anyone
 * confirmed the claim …?", "Did the council ever check …?", "Will any of the £4m be repaid?" still ask (B-r41-4).
 */
const INCREDULOUS =
  /\b(?:would|could)\b.*\b(?:any|anyone|anybody|anything|ever|at all)\b|\b(?:will|would|could|can)\b(?:\s+[\w'’-]+){0,6}?\s+ever\b/i;
/** Where a quotation still open at the match begins (-1: none); one closed before it ("“failures” that") is not. */
function openQuote(lead: string): number {
  const double = lead.lastIndexOf('“');
  const single = lead.lastIndexOf('‘');
  return Math.max(
    double >= 0 && !lead.includes('”', double) ? double : -1,
    single >= 0 && !/['’](?![a-z])/i.test(lead.slice(single)) ? single : -1,
  );
}
/** Quotation marks, a linking word, then a question word or an auxiliary put first (captured). */
const OPENER =
  /^\s*(?:['"‘“]\s*)?(?:(?:and|but|so|or|yet|further|then)\b,?\s+)?(why|what|how|who|whom|whose|which|where|when|is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|do|does|did|don['’]t|doesn['’]t|didn['’]t|will|would|won['’]t|can|could|should|shall|has|have|had)\b/i;

/**
 * Unverified needs a claim, and a sentence that reports only a quoted question holds none: "‘When does it stop?,’ the
 * judge said, according to the Post" credits the question to the judge; "according to", "reported" or a hedge in
 * the tag after it sources words that ask (issue 13, session 46, kind62; sample 42's #50). Only a cue after the
 * question's mark, in the tag; quoted-question.ts reads the sentence's shape.
 */
const QUESTION_TAG: KindGate = {
  name: 'question-tag',
  lacks: (f, text, index) => f.kind === 'unverified' && text.lastIndexOf('?', index) >= 0 && quotedQuestion(text),
};

/** The two, by name, for kind-gates.ts to list and measure. */
export const askedClauseGate = { ASKED_CLAUSE, QUESTION_TAG };
