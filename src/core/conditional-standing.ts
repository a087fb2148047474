import { contentTerms } from './tokenize-words';

/**
 * An "if" that opens a condition, not an embedded question ("asked if her emails were illegal", "wondered if"): a
 * question put to voters is how polls report a standing, so it must stay.
 */
const CONDITION = /(?<!\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|whether)\s+)\bif\b/i;
/** The condition runs to the clause's end: a comma, a semicolon, a dash or the sentence's end. */
const CLAUSE_END = /[,;—–]|\s-\s/;
/** A pronoun that can stand for the asked party as the condition's subject. */
const PRONOUN = /^(?:he|she|they)\b/i;
/** The main clause of a hypothetical: what the party would get, not what it has. */
const HYPOTHETICAL = /\b(?:would|could|might)\b|\w['’]d\b/i;
/** How many words after "if" may hold the condition's subject ("if Gov. Ann Ridley …"). */
const SUBJECT_WORDS = 3;

/**
 * The part of a sentence that reports a standing as fact, for "how is X polling?": "…he would consider running if he
 * could earn 15 percent in the polls", "If she were a man, she'd get 5 percent": a figure in a condition put on the
 * asked party itself (its name or a pronoun right after "if"), or in the hypothetical it opens, is what the party
 * would need or get, not where it stands, so both are dropped. A condition on something else ("If the election were
 * held today, Ridley would get 41 percent") is the poll's own question, and the sentence is kept whole. party holds
 * the party's name terms; with none (a pronoun question), only a pronoun subject is read.
 */
export function conditionalStanding(text: string, party: ReadonlySet<string>): string {
  const m = CONDITION.exec(text);
  if (!m) return text;
  const start = m.index;
  const tail = text.slice(start + m[0].length);
  const end = CLAUSE_END.exec(tail);
  const condition = end ? tail.slice(0, end.index) : tail;
  const subject = condition.trim().split(/\s+/).slice(0, SUBJECT_WORDS).join(' ');
  const onParty = PRONOUN.test(subject) || contentTerms(subject).some((t) => party.has(t));
  if (!onParty) return text;
  const rest = `${text.slice(0, start)} ${end ? tail.slice(end.index) : ''}`;
  return HYPOTHETICAL.test(rest) ? '' : rest;
}
