import { STOPWORDS } from './stopwords';

/** The words after "whether": the choice a pending question turns on, to the clause's end. */
const WHETHER = /\bwhether\s+(?:or not\s+)?(to\s+)?([^,;:.?!"“”]+)/i;
/** Where the main clause takes over again after an infinitive's choice ("whether to open the inquiry is expected …"). */
const MAIN_VERB = /\s(?:is|are|was|were|will|would|has|have|had|could|should|must|may|might|remains)\b/i;

/** The act of deciding, as a verb or its noun, before the choice: who does it is the phrase before it. */
const DECIDING =
  /\b(?:decid(?:e|es|ed|ing)|decision|rul(?:e|es|ed|ing)|vot(?:e|es|ed|ing)|determin(?:e|es|ed|ing))\b/gi;

/**
 * Who makes the decision: the head of the phrase before the deciding word ("the watchdog" of "Will the watchdog
 * decide", "prosecutors" of "prosecutors are expected to decide", "the board's" of "the board's decision"), from the
 * last comma or quotation mark on and up to the first auxiliary; "" when none is named ("A decision on whether …").
 */
function decider(text: string): string | null {
  const before = text.split(WHETHER)[0]!;
  const acts = [...before.matchAll(DECIDING)];
  const act = acts[acts.length - 1];
  if (act?.index === undefined) return null;
  const clause = before
    .slice(0, act.index)
    .split(/[,;:“”"]/)
    .pop()!
    .replace(/^\s*will\s/i, ' ');
  const subject = clause.split(MAIN_VERB)[0]!;
  const words = (subject.toLowerCase().match(/[a-z][a-z-]+/g) ?? []).filter((w) => !STOPWORDS.has(w));
  // A plural and its singular ("ministers", "the minister") are one decider.
  return (words[words.length - 1] ?? '').replace(/s$/, '');
}

/** The choice's content words, or null when the text asks no whether-choice of two words or more. */
function choiceWords(text: string): Set<string> | null {
  const found = WHETHER.exec(text);
  if (!found) return null;
  // A subject's clause ("whether the project will go ahead") keeps its verb: the choice is the whole clause.
  const clause = found[1] ? found[2]!.split(MAIN_VERB)[0]! : found[2]!;
  const words = (clause.toLowerCase().match(/[a-z][a-z'’-]{2,}/g) ?? []).filter((w) => !STOPWORDS.has(w));
  return words.length >= 2 ? new Set(words) : null;
}

/**
 * Whether two pending questions wait on one decision: "Will the inspectorate decide next week whether to open a full
 * investigation into the operator?" and "A decision on whether to open the investigation is expected by Friday" name
 * the same choice, the second's words all within the first's, with two dates (audit 59's B-a59-22 asked both). The
 * choice must be spelt out ("whether to …"); a choice of one word ("whether to go") tells no two decisions apart.
 * Two deciders are two decisions (review 61's R61-3: the watchdog's and the prosecutors'): the deciders must agree, or
 * one side name none, and then its choice must be the one within the other's (the undated words are the fewer).
 */
export function sameDecision(a: string, b: string): boolean {
  const x = choiceWords(a);
  const y = choiceWords(b);
  if (!x || !y) return false;
  const [p, q] = [decider(a), decider(b)];
  if (p === null || q === null) return false;
  if (p && q && p !== q) return false;
  const [small, large] = (p && q ? x.size <= y.size : !p) ? [x, y] : [y, x];
  for (const w of small) if (!large.has(w)) return false;
  return true;
}
