import { maskAbbreviationDots, restoreAbbreviationDots } from './abbreviation-dots';
import { accordingApposition } from './according-apposition';
import type { Sentence } from './analysis-types';
import { asideTag } from './aside-tag';
import { parentheticalTag } from './parenthetical-tag';
import { phrasalAmount } from './phrasal-amount';
import type { ReportedSpeech } from './reported-speech';
import { subjectBefore } from './speaker-phrase';
import { subjectAfter } from './subject-after';

// The attribution at a sentence's edge ("..., Spicer said", "According to X, ...") is tried
// before the verb scan: it names the speaker outright and is cheap to find.

/** Verbs of a trailing tag: "..., Spicer said." */
export const TAG_VERBS = new Set([
  'said',
  'says',
  'added',
  'adds',
  'told',
  'stated',
  'explained',
  'argued',
  'insisted',
  'warned',
  'claimed',
  'admitted',
  'noted',
  'believes',
  'thinks',
  'reported',
  'reports',
  'confirmed',
  'suggested',
  'stressed',
  'conceded',
  'acknowledged',
  'maintained',
  'maintains',
  'predicted',
  'wrote',
  'writes',
  'announced',
]);

/**
 * The three tail patterns below can only match from the sentence's last comma (nothing after
 * their comma may be a comma), so they run sticky from there instead of trying every comma.
 */
const ACCORDING_TAIL = /,\s+according to\s+([^,]{2,80}?)[.!?]?$/iy;
const TRAILING_TAG = /,\s+([^,]{2,60}?)\s+(?:has\s+|had\s+|also\s+)?([a-z]+)\b([^,]{0,30})[.!?]?$/y;
const INVERTED_TAG = /,\s+(said|says|added|argued|explained)\s+((?:the\s|a\s|an\s)?[A-Z][^,.]{1,60})[.!?]?$/y;

const CONJUNCTION = /^(?:and|but|yet|or|nor|so|while|whereas|although|though|because)$/i;
/**
 * "… briefed the minister on the works, which he said were 40 per cent complete.": after a relative pronoun the
 * verb reports the relative clause's own content, not the words before the comma (audit 58, B-a58-20), which no
 * statement can show apart from its antecedent: say nothing.
 */
const RELATIVE = /^(?:which|that|who|whom|whose|where|when)$/i;
/** A quotation in the relative clause ("which he said were "nearly done"") is still the pronoun's words. */
const QUOTED = /["\u201c\u201d]/;

function fromComma(pattern: RegExp, text: string, comma: number): RegExpExecArray | null {
  if (comma < 0) return null;
  pattern.lastIndex = comma;
  return pattern.exec(text);
}

/** Reported speech attributed at the sentence's edge; `text` is the sentence with quotes masked. */
export function reportedSpeechTag(sentence: Sentence, text: string): ReportedSpeech | null {
  const according = accordingTag(sentence, maskAbbreviationDots(text));
  if (according) return according;
  const comma = text.lastIndexOf(',');
  // Trailing tag: "The White House is not concerned ..., Spicer said."
  const trailing = fromComma(TRAILING_TAG, text, comma);
  // "Acme's chief, Karen Doyle, said nurses had warned of it": a "subject" that opens on a tag verb is the
  // sentence's own verb and its clause, not a trailing tag.
  const words = trailing ? trailing[1]!.split(/\s+/) : [];
  // "Sainsbury's said it would absorb the cost, but Tesco warned of price rises": after a conjunction the comma opens
  // a clause of its own, whose verb attributes nothing before it; a tag is joined by its comma alone.
  if (
    trailing &&
    TAG_VERBS.has(trailing[2]!) &&
    words.length <= 7 &&
    !TAG_VERBS.has(words[0]!) &&
    !CONJUNCTION.test(words[0]!) &&
    !(RELATIVE.test(words[0]!) && !QUOTED.test(sentence.text)) &&
    !phrasalAmount(trailing[2]!, trailing[3]!)
  ) {
    const subject = subjectBefore(trailing[1]!, sentence.start + trailing.index + trailing[0].indexOf(trailing[1]!));
    if (subject) return { subject, clauseStart: 0, clauseEnd: trailing.index };
  }
  // "…, Ruiz, who took office in May, said.": the subject's aside leaves the last comma a verb alone.
  const aside = trailing ? null : asideTag(text, sentence.start, (w) => TAG_VERBS.has(w));
  if (aside) return aside;
  const invertedTrailing = fromComma(INVERTED_TAG, text, comma);
  if (invertedTrailing) {
    const start =
      invertedTrailing.index + invertedTrailing[0].indexOf(invertedTrailing[2]!, invertedTrailing[1]!.length + 2);
    const subject = subjectAfter(invertedTrailing[2]!, sentence.start + start);
    if (subject) return { subject, clauseStart: 0, clauseEnd: invertedTrailing.index };
  }
  // "The paradox of Nancy, says Carl Anthony, historian …, is that …": a tag between the clause's commas.
  return parentheticalTag(sentence, text);
}

/**
 * "According to Dr. Jane Smith, …" / "…, according to U.S. officials.": read on a copy whose title and initial stops
 * are masked (offsets unchanged; the phrase's text restored), so the stop does not end the name ("Dr"; review s32
 * B-main-29). Only here: the other tails rely on a stop to end the clause they read.
 */
function accordingTag(sentence: Sentence, text: string): ReportedSpeech | null {
  const according =
    fromComma(ACCORDING_TAIL, text, text.lastIndexOf(',')) ?? /^According to\s+([^,]{2,80}),\s+/.exec(text);
  if (!according) return null;
  const at = according.index + according[0].indexOf(according[1]!, 12);
  const leading = according.index === 0;
  // "According to the superintendent, Dr Ann Roe, seven people …": the name is the source's, the claim follows it.
  const apposed = leading ? accordingApposition(according[1]!, text.slice(according[0].length)) : null;
  const source = apposed ? `${according[1]!}, ${apposed.name}` : according[1]!;
  const subject = subjectAfter(source, sentence.start + at);
  if (!subject) return null;
  return {
    subject: subject.kind === 'phrase' ? { ...subject, text: restoreAbbreviationDots(subject.text) } : subject,
    clauseStart: leading ? according[0].length + (apposed?.length ?? 0) : 0,
    clauseEnd: leading ? text.length : according.index,
  };
}
