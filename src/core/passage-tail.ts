/**
 * Where a long passage's cut may not fall, read from the words around it (split from passage-head.ts): a speech tag
 * right after a clause boundary, and a fronted time span ("Two weeks after …") whose comma ends no claim.
 */

/** The verbs of a speech tag that follows its claim ("…, former President Bill Clinton said this week …"). */
const TAG_VERB =
  /^(?:said|says|told|added|adds|wrote|writes|argued|argues|noted|notes|insisted|insists|claimed|claims)$/;

const NOT_A_TAG =
  /^(?:which|who|whom|whose|that|where|when|while|and|but|or|nor|so|as|if|because|although|though|has|have|had|is|are|was|were|will|would|also|then|later)$/i;

/** Words that open a reported clause after its verb ("said she would", "said that"). */
const COMPLEMENT = /^(?:that|he|she|they|it|we|i|you|there|if|whether)$/i;

/** A dash standing alone, or a word ending on a clause's punctuation: where a tag's trailing phrase ends. */
const BREAK = /^(?:-{1,2}|–|—)$|[,;:]$/;

/**
 * After a clause boundary at words[i], the speech tag that credits the claim before it: up to six words with no
 * punctuation between (a name, a role: "former President Bill Clinton") and a speech verb. A cut at that boundary
 * would show the claim without whoever made it, so the cut goes past the tag, to the next break within the
 * budget (`n`), or to the verb. Returns the index of the tag's last word to keep, or -1 when no tag follows.
 */
export function speechTagAfter(words: readonly string[], i: number, n: number): number {
  // A relative or a conjunction opens a clause of its own ("…, which critics said was …"), no tag; an auxiliary
  // goes on the sentence's subject ("…, has said of terrorists that …"), a verb of its, no tag.
  if (NOT_A_TAG.test(words[i + 1] ?? '')) return -1;
  for (let j = i + 1; j < Math.min(n, i + 8); j++) {
    const word = words[j]!;
    if (TAG_VERB.test(word)) {
      // A verb first is a tag only before its speaker (", said Tom Hill", ", says the report"): ", claims that …"
      // is the next verb of a list of the subject's acts.
      if (j === i + 1 && !/^(?:[A-Z]|(?:the|a|an|his|her|their|its)$)/.test(words[j + 1] ?? '')) return -1;
      // A verb with a clause after it reports that clause (", a meeting Kerr said she would raise …"): no tag.
      if (j > i + 1 && COMPLEMENT.test(words[j + 1] ?? '')) return -1;
      // "…, the report says" with no name or role before the verb still credits; a lower-case subject pronoun
      // ("…, he said") does too. Only a plain word run counts: a comma inside is an aside, no tag.
      // A that-clause before the next break is what the verb reports ("…, Bill Clinton told foundation employees on
      // Thursday that …"): the sentence's own claim, no tag on the claim before it.
      for (let k = j + 1; k < words.length; k++) {
        if (/^that$/i.test(words[k]!)) return -1;
        if (BREAK.test(words[k]!)) return k >= n ? j : /[,;:]$/.test(words[k]!) ? k : k - 1;
      }
      return j;
    }
    if (/[,;:.!?"”’]$/.test(word) || BREAK.test(word)) return -1;
  }
  return -1;
}

/** "Two weeks after", "Days before", "A year since": a fronted time span opening a subordinate clause. */
const TIME_SPAN =
  /^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|\d+)\s+)?(?:minutes|hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|before|since)$/i;

/** Whether words[from…] open on a fronted time span: its clause's comma ends no claim (sample 45's #20). */
export function opensOnTimeSpan(words: readonly string[], from: number): boolean {
  return [2, 3, 4].some((k) => TIME_SPAN.test(words.slice(from, from + k).join(' ')));
}

/**
 * After a fronted time span, the main clause opens on a name or a subject pronoun ("Two weeks after …, Sanders jabbed
 * …"); a determiner there opens an appositive as often ("Hours before …, word emerged that … in Chicago, the latest
 * reminder that …"), so it starts no main clause.
 */
export const TIME_SPAN_SUBJECT = /^(?:he|she|they|we|i|it|you)$/i;
