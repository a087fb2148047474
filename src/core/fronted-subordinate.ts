import { afterApposition } from './apposition';
import { QUOTE_VERBS, REPORTING_VERBS } from './speech-verbs';

/*
 * "After Bernie Sanders lost the primary, Joe Smith wept": a clause opened by a subordinator at the head of
 * the sentence and closed by a comma is background to the main clause; a name inside it is the subject of
 * that clause only, not of the sentence, so a "he" that follows reaches for the main clause's subject first.
 */

/** Subordinators that open an adverbial clause (not "In"/"On": prepositions open phrases with no verb). */
const OPENER =
  /^\s*(?:["“‘']\s*)?(?:After|Before|When|Whenever|While|Although|Though|Even though|Because|Since|As|Once|If|Unless|Until|Whereas)\s+[^,;:"“”.!?]*$/;

/** The clause up to its closing comma: the rest of the sentence goes on after it. */
const CLOSED = /^[^,;:"“”.!?]*(?=,\s+\S)/;

/**
 * Is the name ending at `end` inside a clause that opens `text` on a subordinator and closes with a comma? Not
 * when the clause reports speech ("As The Post's Ruth Marcus puts it, …", "As Smith said, …"): its subject is a
 * source, named to be quoted.
 */
export function frontedSubordinate(text: string, start: number, end: number): boolean {
  // Bounded: a fronted clause is short; a longer head is not one clause.
  if (end > 200 || !OPENER.test(text.slice(0, end))) return false;
  // The name's own apposition is no close: "As John Cornyn, the No. 2 in the leadership, put it: …".
  const at = afterApposition(text, start, end);
  const rest = CLOSED.exec(text.slice(at, at + 200));
  if (!rest) return false;
  const clause = `${text.slice(0, at)}${rest[0]}`.toLowerCase();
  return (
    !/\bputs? it\b/.test(clause) && !clause.split(/[^a-z]+/).some((w) => QUOTE_VERBS.has(w) || REPORTING_VERBS.has(w))
  );
}
