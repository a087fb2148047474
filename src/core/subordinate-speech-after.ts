import type { Sentence } from './analysis-types';
import type { ReportedSpeech } from './reported-speech';

/**
 * The closed class of words opening an adverbial clause. "if" and "unless" are left out: "… "fair" if X says so"
 * makes X the judge of the quoted word.
 */
const SUBORDINATOR = /(?:^|\s)(?:when|as|after|before|while|once|until|since|because|whereas|though|although)\s+$/i;
const QUOTE_MARK = /["\u201c\u201d]/;
/** A person pronoun before the quotation: "She called it "a disgrace" when she said …" may be hers. */
const PERSON_PRONOUN = /\b(?:he|she|they|i|we|his|her|their)\b/i;

/**
 * "Supporters cheered with cries of "Hear, hear" when the mayor said the tax would fall.": a speech verb taking its
 * own clause, in an adverbial clause opened after the quotation, reports that clause; the quotation is an object of
 * the main clause, whose subject the speech is not. Only when the main clause names no one before the quotation
 * (`mentions`, the sentence's people): a person there may be the one who speaks on. Offsets are the article's.
 */
export function subordinateSpeechAfter(
  sentence: Sentence,
  speech: ReportedSpeech,
  quote: { start: number; end: number },
  mentions: ReadonlyArray<{ start: number }>,
): boolean {
  const quoteEnd = quote.end;
  const subject = speech.subject;
  const start = subject.kind === 'pronoun' ? subject.at : subject.start;
  const end = subject.kind === 'pronoun' ? subject.at + subject.word.length : subject.end;
  // The reported clause comes after the subject and its verb, not before them ("…, the mayor said when …").
  if (start < quoteEnd || speech.clauseStart < end - sentence.start) return false;
  // The quotation's closing mark may lie past its end.
  const between = sentence.text
    .slice(quoteEnd - sentence.start, start - sentence.start)
    .replace(/^["\u201c\u201d,]+/, '');
  const lead = sentence.text.slice(0, quote.start - sentence.start);
  if (mentions.some((m) => m.start < quote.start) || PERSON_PRONOUN.test(lead)) return false;
  return !QUOTE_MARK.test(between) && !/[.;:!?]/.test(between) && SUBORDINATOR.test(between);
}
