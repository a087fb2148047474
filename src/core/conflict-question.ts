import { subjectBefore } from './claim-phrases';
import { holdsMainVerb } from './holds-main-verb';
import { lowerStart } from './lower-start';
import type { PhraseContext } from './phrase-question';
import { cutClause, dropLeading, stripEnd } from './question-clauses';

/**
 * The question for two accounts that differ: what the document says, and why it differs from the report the sentence
 * before gives. Split from phrase-question.ts.
 */

/** A report and its reporter in a sentence ("… reported on Monday that …"): the claim cut to 20 words. */
export function reportClaim(text: string): { reporter: string | null; claim: string } | null {
  const match = /\b(reported|reports|said|claimed)(?:\s+on\s+\w+)?\s+(?:that\s+)?/i.exec(text);
  if (!match) return null;
  const reporter = subjectBefore(text, /\s(?:reported|reports|said|claimed)\b/i);
  const claim = cutClause(stripEnd(text.slice(match.index + match[0].length)), 20);
  return claim ? { reporter, claim } : null;
}

export function conflict(ctx: PhraseContext): string | null {
  const before =
    ctx.text.split(
      /,?\s+(?:which|that)?\s*(?:reads?|is|was|are|were)\s+(?:very |quite )?different|\s+contradicts|\s+differs/i,
    )[0] ?? ctx.text;
  const doc = lowerStart(
    dropLeading(before).replace(/^.*\b(?:published|released|obtained|posted|revealed|showed|shows)\s+/i, ''),
    ctx.properWords,
  );
  // "The problem, if you are a Republican, is not only that … the way you win a primary is very different": words
  // before "different" broken by a comma and holding a verb of their own are a clause, not a document that can "say"
  // anything. Without a comma a verb may be a contact relative's ("the president she hopes to succeed"): kept.
  if (doc.includes(', ') && holdsMainVerb(doc)) return null;
  const report = ctx.pairText ? reportClaim(dropLeading(ctx.pairText)) : null;
  if (report) {
    const by = report.reporter ? ` by ${lowerStart(report.reporter, ctx.properWords)}` : '';
    return `What does ${doc} say, and why does it differ from the report${by} that ${report.claim}?`;
  }
  return `Which account is right, and what exactly does ${doc} say?`;
}
