import { QUOTE_VERBS } from './speech-verbs';

/**
 * Words quoted right after "asked"/"questioned" in their sentence are a question put to someone
 * (`asked by a reporter whether "…"`, `Hannity asked Trump if "…"`): never the words of the one
 * asked. Two readings of the same verb are no question, though: the person asked answers in the
 * same sentence (`Ted Cruz, when asked …, responded that "…"`, `Asked about it, Ryan said, "…"`),
 * and "asked to" is a request, whose quoted words are the requester's or an answer (`they are asked
 * to rank their choices, and the group is "…," Hoover said`).
 */

/** The last "asked"/"questioned" before the quotation with no sentence end or quotation after it. */
const ASKED = /\b(?:asked|questioned)\b[^.!?"“”]*["“]?$/i;
/** `asked (someone) to <verb>`: a request, not a question put (`asked the campaign to "cease"`). */
const REQUEST =
  /^\s+(?:(?!(?:if|whether|why|how|what|who|which|when|where|about)\b)[\p{L}’'.-]+\s+){0,8}?to\s+(?:["“]|\p{Ll})/u;
/** `asked by [role words] Name`: the asker is the agent. */
const BY = /^\s+by\s+/;
/** Between a role word run after "by" and the asker's name: lowercase words only ("host", "the moderator"). */
const ROLE_WORDS = /^(?:\p{Ll}[\p{Ll}’'-]*\s+){0,3}$/u;
/** Between the asker's name and an active "asked": nothing, or an adverb ("then asked", "later asked"). */
const ADVERB = /^\s*(?:\p{Ll}+ly|then|also|later|again|once|first|finally)?\s*$/u;
/** A passive before the verb: "was asked", "were later asked", "after being asked". */
const PASSIVE =
  /\b(?:was|were|is|are|be|been|being|get|gets|got|getting)(?:\s+\p{Ll}+ly|\s+(?:later|also|then|again|yet|once))*\s*$/u;

export interface AskedQuestion {
  /** Where, in the lead, the asker's name may start (after "by" and role words) or end (before an active "asked"). */
  agentAfter: number | null;
  subjectBefore: number | null;
}

/** Someone answers after the question in the same sentence: a comma, then a speech verb of their own. */
function answered(after: string): boolean {
  const clauses = after.split(',').slice(1);
  return clauses.some((clause) =>
    (clause.match(/\p{L}+/gu) ?? []).some(
      (w) => QUOTE_VERBS.has(w.toLowerCase()) && !/^(?:asked|questioned)$/i.test(w),
    ),
  );
}

/**
 * Whether `lead` (the quotation's sentence up to its opening mark) puts the quotation as a question,
 * and where the asker may be named in it (`readings` off: the shipped reading, any "asked" before it).
 */
export function askedQuestion(lead: string, readings = true): AskedQuestion | null {
  const m = ASKED.exec(lead);
  if (!m) return null;
  // Without the readings (as shipped), every "asked" before the quotation puts a question, asker unnamed.
  if (!readings) return { agentAfter: null, subjectBefore: null };
  const verbEnd = m.index + /^\w+/.exec(m[0])![0].length;
  const after = lead.slice(verbEnd);
  if (REQUEST.test(after) || answered(after)) return null;
  const by = BY.exec(after);
  const passive = PASSIVE.test(lead.slice(0, m.index));
  return {
    agentAfter: by ? verbEnd + by[0].length : null,
    subjectBefore: by || passive ? null : m.index,
  };
}

/**
 * Is the name at [start, end) of the lead the asker: the agent after "asked by" (past role words),
 * or the subject just before an active "asked"?
 */
export function namesAsker(lead: string, question: AskedQuestion, start: number, end: number): boolean {
  if (question.agentAfter !== null && start >= question.agentAfter) {
    return ROLE_WORDS.test(lead.slice(question.agentAfter, start));
  }
  if (question.subjectBefore !== null && end <= question.subjectBefore) {
    return ADVERB.test(lead.slice(end, question.subjectBefore));
  }
  return false;
}
