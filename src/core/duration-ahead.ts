import { SPELLED_NUMBER } from './counted-kinds';
import { eachMatch } from './each-match';
import { contentTerms } from './tokenize-words';
import { VERB_BASES } from './verb-base-set';

/**
 * "Within ten days", "in two weeks": a stretch counted from now, with a plural unit, which the time pattern does not
 * read (it reads "within a week" by the unit's own word). Session 50 (typed50) read every such stretch as a time and
 * the 808 lost a question: "when is the Fed expected to start hiking?" moved to "…will return to zero within two
 * years", a stretch dating another act. So a stretch dates only the act it stands beside.
 */
const AHEAD = new RegExp(
  String.raw`\b(?:within|in|inside)\s+(?:the\s+(?:next|coming)\s+)?(?:\d[\d,.]*|${SPELLED_NUMBER}|a few|several|a couple of)[- ](?:hours|days|weeks|months|years)\b`,
  'gi',
);
/** How many words may stand between the asked verb and the stretch after it ("will decide on the pier within ten days"). */
const REACH = 5;
const WORD = /[\p{L}\p{N}'’-]+/gu;

/** The word offsets (by character start) of a text's words. */
function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of eachMatch(WORD, text)) starts.push(m.index);
  return starts;
}

/**
 * Whether the sentence puts a stretch ahead from now right after the asked verb ("Marlow council will decide within ten
 * days whether…"): for a question asking when an act still to come will happen, that stretch dates it. The verb is
 * matched as a content term (its stem), as the question's verb is.
 */
export function durationAhead(text: string, verb: string | undefined): boolean {
  if (verb === undefined) return false;
  const stretches = [...eachMatch(AHEAD, text)].map((m) => m.index);
  if (stretches.length === 0) return false;
  const starts = wordStarts(text);
  const words = starts.map((start) => /^[\p{L}\p{N}'’-]+/u.exec(text.slice(start))![0].toLowerCase());
  const verbAt: number[] = [];
  words.forEach((word, k) => {
    if (contentTerms(word)[0] === verb) verbAt.push(k);
  });
  const wordOf = (offset: number): number => starts.findIndex((s) => s >= offset);
  // "will vote to repay the loan within 20 years": an infinitive between them is a second act, and the stretch dates
  // it, not the asked verb (review 52's B-r52-10). Only with a word of its own (an object, a complement) before the
  // stretch: "return to work within two weeks" is the asked verb's "to" and a noun VERB_BASES also holds (review 53,
  // B-r53-5); a bare intransitive infinitive ("agreed to resign within") is read as the asked verb's, as before 52.
  const infinitiveBetween = (v: number, at: number): boolean =>
    words.slice(v + 1, at - 2).some((w, k) => w === 'to' && VERB_BASES.has(words[v + 2 + k]!));
  return stretches.some((offset) => {
    const at = wordOf(offset);
    // After the verb: in "will decide within ten days whether to reopen it" the stretch dates the deciding, not the
    // reopening said after it.
    return verbAt.some((v) => at > v && at - v <= REACH + 1 && !infinitiveBetween(v, at));
  });
}
