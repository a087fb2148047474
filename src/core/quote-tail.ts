import { QUOTE_VERBS } from './speech-verbs';

/**
 * A sentence that is only the speech tag of the quote before it: a quote ending on a question or an exclamation
 * ("Well, what does that mean?" Clinton asked, …) is split from its tag, the quote's closing mark left with the
 * quote or (with a space before it, as the copy of sample 36's #30 has it) opening the tag's own sentence. The tag's
 * words ("Clinton asked, according to a transcript of the interview") say who spoke and where it was recorded,
 * never a claim, so no question is asked of it; shown alone it is a stray mark and a tag. Only the tag (up to four
 * words of speaker, its verb, up to five words after it, no comma) and one ", according to …" phrase: a tag run on
 * into a claim of its own (", adding that …") is not this.
 */
const OPENS_ON_CLOSING_MARK = /^["”’']{1,2}\s+/;
const ACCORDING_TO = /,\s+according\s+to\s+[^,;:"“”]+$/i;

/** The sentence before ends on a quote that closes on a question or an exclamation: its tag is split from it. */
const QUOTE_ON_QUESTION = /[?!]\s?["”’']{1,2}$/;

export function quoteTail(text: string, before = ''): boolean {
  const open = OPENS_ON_CLOSING_MARK.exec(text.trim());
  if (!open && !QUOTE_ON_QUESTION.test(before.trim())) return false;
  const tag = text
    .trim()
    .slice(open?.[0].length ?? 0)
    .replace(/[.!]$/, '')
    .replace(ACCORDING_TO, '');
  if (/[,;:"“”]/.test(tag)) return false;
  const words = tag.split(/\s+/);
  // The speaker's one to four words, then the verb, then at most five words of its own.
  for (let i = 1; i <= 4 && i < words.length; i++) {
    if (QUOTE_VERBS.has(words[i]!.toLowerCase())) return words.length - i - 1 <= 5;
  }
  return false;
}
