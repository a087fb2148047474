import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { maskQuotes } from './quote-spans';
import type { ReportedSpeech } from './reported-speech';
import { TAG_VERBS } from './reported-speech-tag';

const VERB = new RegExp(`\\b(?:${[...TAG_VERBS].join('|')})\\b`, 'g');
/** The speaker's own pronoun before the nested verb ("… that she told the nurse …"): the same voice, not another. */
const OWN_PRONOUN = /\b(?:I|we|he|she|they)\s+(?:(?:has|have|had|also|later|then|again)\s+)?$/i;
/** A relative or "as" aside left open before the verb ("…, which critics said …", "as officials said"): an aside. */
const OPEN_ASIDE = /(?:,\s*(?:which|who|whom|whose)\b[^,]*|\bas\s+[^,]*)$/i;

/**
 * Whether a reported clause holds a speech verb of its own before the quotation at `quoteStart` (absolute offset), its
 * subject another voice: in `His sister told reporters that the home called her and said her mother had "a minor fall."`
 * the fragment is the home's words, which the sister relays, not hers (audit 54's B-a54-2). Named subjects of such a
 * verb are nearerSpeechSubject's; this answers for a description or a body, so the sister is not credited. The verb must
 * govern the quotation: no comma between them, no open relative or "as" aside before it, no pronoun of the speaker's.
 */
export function nestedSpeech(sentence: Sentence, speech: ReportedSpeech, quoteStart: number): boolean {
  const from = speech.clauseStart;
  const to = quoteStart - sentence.start;
  if (to <= from) return false;
  const clause = maskQuotes(sentence.text.slice(0, to)).slice(from);
  VERB.lastIndex = 0;
  for (let m = VERB.exec(clause); m; m = VERB.exec(clause)) {
    const before = clause.slice(0, m.index);
    if (clause.slice(m.index).includes(',') || OWN_PRONOUN.test(before) || OPEN_ASIDE.test(before)) continue;
    return true;
  }
  return false;
}

/** A tag before the quotation that stands inside the sentence's reported clause, after its own speaker's verb. */
export function relayedTag(item: QuoteItem, sentence: Sentence, speech: ReportedSpeech): boolean {
  const tag = item.tag;
  if (!tag || tag === 'untagged-colon' || tag.kind !== 'phrase' || item.tagIsAfter) return false;
  if (item.tagSentence !== sentence.id || item.segments[0]!.startSentence !== sentence.id) return false;
  return tag.start >= sentence.start + speech.clauseStart && nestedSpeech(sentence, speech, item.segments[0]!.start);
}
