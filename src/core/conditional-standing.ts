import { contentTerms } from './tokenize-words';

/**
 * An "if" that opens a condition, not an embedded question ("asked if her emails were illegal", "wondered if"): a
 * question put to voters is how polls report a standing, so it must stay.
 */
const CONDITION = /(?<!\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|whether)\s+)\bif\b/i;
/** The condition runs to the clause's end: a comma, a semicolon, a dash or the sentence's end. */
const CLAUSE_END = /[,;—–]|\s-\s/;
/** Every clause break, for the last one before an "if" that follows its main clause. */
const CLAUSE_BREAK = /[,;:—–]|\s-\s/g;
/**
 * Before an "if" that opens its own clause: the sentence's start, a clause break or a conjunction ("…41 percent, but
 * if she stumbles, …", "the poll found that if …"). Its consequent follows it; otherwise ("would run if he could …")
 * the clause before the "if" is its consequent. "Even"/"only" belong to the "if".
 */
const OPENS_CLAUSE =
  /(?:^|[,;:—–(]|\s-|\b(?:but|though|although|and|yet|or|so|while|because|that|then))\s*(?:\b(?:even|only)\s*)?$/i;
/** A pronoun that can stand for the asked party as the condition's subject. */
const PRONOUN = /^(?:he|she|they)\b/i;
/** The main clause of a hypothetical: what the party would get, not what it has. */
const HYPOTHETICAL = /\b(?:would|could|might)\b|\w['’]d\b/i;
/** How many words after "if" may hold the condition's subject ("if Gov. Ann Ridley …"). */
const SUBJECT_WORDS = 3;
/**
 * A match-up, how polls ask about two candidates ("in a head-to-head contest", "if she faced Marsh alone"): the
 * condition is the poll's own question, not the party's act or threshold.
 */
const MATCH_UP = /\b(?:head[- ]to[- ]head|match-?ups?|one[- ]on[- ]one|two-way (?:race|contest))\b/i;
const FACES = /\b(?:faced?|facing|against|versus|vs\.?)\s/i;

/**
 * The part of a sentence that reports a standing as fact, for "how is X polling?": "…he would consider running if he
 * could earn 15 percent in the polls", "If she were a man, she'd get 5 percent": a figure in a condition put on the
 * asked party itself (its name or a pronoun right after "if"), or in the hypothetical it governs, is what the party
 * would need or get, not where it stands, so both are dropped; a clause the condition does not govern keeps its
 * figure ("X leads with 41 percent, but if she stumbles, her rivals could close the gap"). A condition on something
 * else ("If the election were held today, Ridley would get 41 percent"), on a match-up or naming the rival asked about
 * ("if she faced Marsh alone, Ridley would win 54 percent to 38") is the poll's own question: the sentence is kept
 * whole. party holds the party's name terms; with none (a pronoun question), only a pronoun subject is read. rival
 * holds the terms of the rival asked about ("how does X do against Y?"), if any.
 */
export function conditionalStanding(
  text: string,
  party: ReadonlySet<string>,
  rival: ReadonlySet<string> = new Set(),
): string {
  const m = CONDITION.exec(text);
  if (!m) return text;
  const start = m.index;
  const tail = text.slice(start + m[0].length);
  const end = CLAUSE_END.exec(tail);
  const condition = end ? tail.slice(0, end.index) : tail;
  const subject = condition.trim().split(/\s+/).slice(0, SUBJECT_WORDS).join(' ');
  const onParty = PRONOUN.test(subject) || contentTerms(subject).some((t) => party.has(t));
  if (!onParty || MATCH_UP.test(text) || FACES.test(condition)) return text;
  if (contentTerms(condition).some((t) => rival.has(t))) return text;
  const rest = withoutConsequent(text.slice(0, start), end ? tail.slice(end.index) : '');
  return HYPOTHETICAL.test(rest) ? '' : rest;
}

/**
 * The sentence around a condition (before: up to the "if"; after: from the condition's end) less the clause the
 * condition governs: the clause after it when the "if" opens a clause, else the clause before it.
 */
function withoutConsequent(before: string, after: string): string {
  if (OPENS_CLAUSE.test(before)) {
    // after starts at the condition's clause break; the consequent runs to the next one.
    const next = CLAUSE_END.exec(after.slice(1));
    return `${before} ${next ? after.slice(1 + next.index) : ''}`.trim();
  }
  let cut = 0;
  for (const b of before.matchAll(CLAUSE_BREAK)) cut = b.index + b[0].length;
  return `${before.slice(0, cut)} ${after}`.trim();
}
