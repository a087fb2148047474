import { SPEECH_VERBS } from './speech-verbs';

/**
 * A plan told in passing inside the clause a sentence opens on, before its main clause: "Even as they all vowed to
 * carry their campaigns onward regardless of Tuesday's results, the sense of urgency was evident", "Three years after
 * Republicans vowed to do a better job courting Latinos, the party has done the opposite", "In a year in which Mr.
 * Trump has disparaged immigrants, and vowed to reverse job losses, Mrs. Clinton has run on a flinty practicality"
 * (sample 51's #25). The fronted clause sets the scene for the main clause's claim, which is the writer's or another
 * person's, so the vow is nothing the story waits on. A vow after the fronted clause's comma ("When he takes office,
 * Trump vowed to …") is the main clause's, and read as before; so is one with no main clause after it.
 */

/** A fronted adverbial clause's opening: a subordinator, after a time span ("Three years after") or a scene ("In a
 * year in which"). */
const FRONTED =
  /^\W*(?:(?:[\w-]+\s+){1,2}(?:years?|months?|weeks?|days?|hours?)\s+(?:after|before|since)|(?:in|at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,2}?(?:in which|when|where)|after|as|even as|while|when|once|since|although|though|even though|whereas)\s/i;

/** A comma that closes a clause rather than joining two parts of one ("…, and vowed"). */
const CLAUSE_COMMA = /,\s+(?!(?:and|or|but)\b)/;

/**
 * "When asked the minister vowed …", "Since taking office the president has vowed …": a reduced clause, a
 * participle right after the subordinator, whose subject is the main clause's; the vow after it is that clause's.
 */
const REDUCED =
  /^\W*(?:[Aa]fter|[Aa]s|[Ww]hile|[Ww]hen|[Oo]nce|[Ss]ince|[Aa]lthough|[Tt]hough|[Ee]ven though|[Bb]efore)\s+[a-z]+(?:ed|ing)\b/;

/**
 * ", his spokesman confirmed.", ", according to officials.": a reporting tag closing the sentence is no main clause
 * after a fronted one (review B-r54-3); the vow before it is the sentence's main clause.
 */
function reportingTail(rest: string): boolean {
  if (/^according\s+to\b/i.test(rest)) return true;
  // A subject of at most six words, its verb, and at most three words after it ("on Monday") closing the sentence.
  const words = rest
    .replace(/[.!]\s*$/, '')
    .trim()
    .split(/\s+/);
  return words.length <= 9 && words.slice(1, 7).some((w) => SPEECH_VERBS.has(w));
}

/** Whether the match at `index` lies in a fronted adverbial clause, a main clause still to come after it. */
export function frontedPlan(text: string, index: number): boolean {
  // The fronted clause is read from the sentence's start: a match far into a long sentence is not in it.
  if (index > 240) return false;
  const head = text.slice(0, index);
  if (!FRONTED.test(head) || REDUCED.test(head) || CLAUSE_COMMA.test(head)) return false;
  const comma = CLAUSE_COMMA.exec(text.slice(index));
  return comma !== null && !reportingTail(text.slice(index + comma.index + comma[0].length));
}
