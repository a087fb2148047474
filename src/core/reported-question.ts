import { QUOTE_MARK } from './interviewer-turn';
import { SPEECH_VERBS } from './speech-verbs';

/** Up to six words between the verb and the clause: the one asked, a time; not an infinitive or a clause of its own. */
const OBJECT = String.raw`(?:(?!(?:to|for|that|and|but|about)\b)[\w’'.-]+\s+){0,6}?`;
const CLAUSE = String.raw`(?:whether|if|how|what|why|when|where|who|which)\b`;
/**
 * A finite verb of asking, its object and the clause asked about. Verbs whose complement is a question form a closed
 * class (ask, inquire; "questioned whether" is doubt, a view, and stays), so they are listed. "When asked whether …"
 * and "Asked whether …, she said" are participles under the sentence's own main verb: the verb must follow a subject,
 * not a sentence start, a subordinator or a conjunction joining it to a predicate that states something ("shook hands
 * and asked workers if …").
 */
const ASKED = new RegExp(
  String.raw`(?<![.;:]\s*|^\s*|\b(?:when|if|once|after|before|being|having|were|was|is|are|and|but|or)\s+)\b(?:ask(?:s|ed)?|(?:in|en)quir(?:es|ed))\s+${OBJECT}${CLAUSE}`,
  'i',
);
/** A passive or perfect ask keeps its auxiliary: "was asked on Monday whether …", "has asked whether …". */
const AUXILIARY_ASKED = new RegExp(
  String.raw`\b(?:was|were|is|are|been|has|have|had)\s+(?:also\s+)?(?:ask|(?:in|en)quir)ed\s+${OBJECT}${CLAUSE}`,
  'i',
);
/** A quotation (QUOTE_MARK), or a clause set after a colon or semicolon, carries words of its own. */
const SEPARATOR = /[;:]/;
/**
 * A subordinator or relative before the verb puts the ask in a clause under another main verb ("when Tapper asked
 * whether …, Ryan did not exude confidence"; "a boy who … asked who he was"; "sent a host to ask voters if …").
 */
const SUBORDINATE =
  /\b(?:when|while|as|after|before|because|since|until|although|though|whereas|which|who|whom|that|to)\b/i;
/** A live blog's or a dateline's label ("15:20 Update: ", "Harlsby: ") is no clause. */
const LABEL = /^[^.?!]{0,30}?:\s/;

/**
 * The sentence reports a question put to someone ("The council leader was asked on Monday whether collections would
 * start in June.", "Jago asked the minister how many sailings would be lost."): its main verb is one of asking and
 * its content the clause asked about, so it states nothing about that clause (audit 50 B-a50-5), however many of a
 * reader's words it repeats. Returns where the ask verb starts (the words before it hold the asker or the one asked),
 * or -1. A sentence that also quotes or reports a reply ("…, and she said no") states the reply and is not one.
 */
export function reportedQuestion(text: string): number {
  const trimmed = text.trim();
  if (trimmed.endsWith('?') || QUOTE_MARK.test(trimmed) || SEPARATOR.test(trimmed.replace(LABEL, ''))) return -1;
  const match = AUXILIARY_ASKED.exec(trimmed) ?? ASKED.exec(trimmed);
  if (!match || SUBORDINATE.test(trimmed.slice(0, match.index))) return -1;
  const after = trimmed.slice(match.index + match[0].length).toLowerCase();
  // "… whether candidates backed the act, which would ease …": the relative clause states a fact of its own.
  if (/,\s+(?:which|who)\b/.test(after)) return -1;
  for (const word of after.match(/[a-z’']+/g) ?? []) if (SPEECH_VERBS.has(word) && !word.startsWith('ask')) return -1;
  return match.index + text.indexOf(trimmed);
}
