/**
 * "Tom Reed watched as protesters chanted "No more war"", "supporters responded with chants of "I'm with her"": a
 * chant is said by those who chant it. When they are a crowd, not a person named right before the verb, no one
 * named near the chant said it (review B-main-76; on PolNeAR train the ranker gave crowds' "Marco! Marco!", "Lock
 * her up!" and "Send them home" to Ted Cruz, Chris Christie and Trump).
 */

/** The chant word right before the quotation's opening mark (at most a short aside between: "chanted back at him,"). */
const CHANT_BEFORE =
  /\b(chant(?:ed|ing|s)?)\b(\s+of)?[\s,:]*(?:(?:back|again|loudly|along|in\s+unison|at\s+\w+)[\s,:]*){0,3}$/i;
/** The last words before the chant verb: adverbs and auxiliaries to skip back over. */
const SKIPPED =
  /(?:\s+(?:also|again|then|loudly|back|repeatedly|began|begin|begins|started|to|were|was|are|is|kept|and))*\s*$/;
/** A noun's chant: a determiner or adjective before it ("the caustic chant", "chants of", "a thunderous chant of"). */
const NOUN_CHANT = /(?:^|\s)(?:the|a|an|their|his|her|its|our|[a-z]+(?:ous|ful|ic|al|ing|ed))\s+$/;

/** Only capitalised words (titles) before the sentence's first name: it opens the sentence as its subject. */
const TITLES_ONLY = /^[\s"“‘']*(?:[A-Z][\w.]*\s+){0,3}$/;

interface Mention {
  start: number;
  end: number;
  subject: boolean;
  possessive: boolean;
}

/**
 * Is the quotation opening at `quoteStart` (absolute) in `sentence` a chant whose chanters are no person named in
 * that sentence? A name right before the verb ("Ms. Hale chanted") or, for a participle after a comma ("Trump walked
 * onto the stage, chanting"), the sentence's subject named first is the chanter, and the chant is theirs to weigh.
 * Reads at most 80 characters before the quotation and the sentence's own mentions.
 */
export function crowdChant(
  sentence: { text: string; start: number },
  quoteStart: number,
  mentions: Mention[],
): boolean {
  const at = Math.max(0, quoteStart - sentence.start - 1);
  const from = Math.max(0, at - 80);
  const chant = CHANT_BEFORE.exec(sentence.text.slice(from, at));
  if (!chant) return false;
  const verbAt = from + chant.index;
  const beforeFrom = Math.max(0, verbAt - 60);
  const before = sentence.text.slice(beforeFrom, verbAt);
  if (chant[2] || NOUN_CHANT.test(before)) return true;
  const subject = before.replace(SKIPPED, '');
  if (/(?:^|\s)(?:he|she)$/i.test(subject)) return false;
  if (/,$/.test(subject) && /^chanting$/i.test(chant[1]!)) {
    // A participle after a comma: its subject is the sentence's, when a person is named first, as its subject.
    const first = mentions[0];
    return !(
      first?.subject &&
      first.start - sentence.start < verbAt &&
      TITLES_ONLY.test(sentence.text.slice(0, first.start - sentence.start))
    );
  }
  const subjectEnd = sentence.start + beforeFrom + subject.length;
  return !mentions.some((m) => m.end === subjectEnd && !m.possessive);
}
