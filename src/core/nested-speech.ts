import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { maskQuotes } from './quote-spans';
import type { ReportedSpeech } from './reported-speech';
import { TAG_VERBS } from './reported-speech-tag';

const VERB = new RegExp(`\\b(?:${[...TAG_VERBS].join('|')})\\b`, 'g');
/** Auxiliaries and adverbs between a subject and its verb ("he had also said", "she actually thinks"). */
const AUX = String.raw`(?:['’]d)?\s+(?:(?:has|have|had|also|later|then|again|never|still|now|[a-z]+ly)\s+)*$`;
/** The speaker's own pronoun before the nested verb ("… that she told the nurse …"): the same voice, not another. */
const OWN_PRONOUN = new RegExp(String.raw`\b(?:I|we|he|she|they)${AUX}`, 'i');
/** A capitalised word as the nested verb's subject ("Mr. Obama had told"): a name, nearerSpeechSubject's to read. */
const NAME = new RegExp(String.raw`\p{Lu}[\p{L}'’.-]*${AUX}`, 'u');
/** A verb coordinated with the one before it ("… called her and said …"), its subject left out. */
const COORDINATED = /\b(?:and|but|then)\s+(?:(?:then|later|also|again)\s+)?$/i;

/**
 * Whether a reported clause holds a speech verb of its own before the quotation at `quoteStart` (absolute offset), its
 * subject another voice: in `His sister told reporters that the home called her and said her mother had "a minor fall."`
 * the fragment is the home's words, which the sister relays, not hers (audit 54's B-a54-2). Named subjects of such a
 * verb are nearerSpeechSubject's; this answers for a description or a body, so the sister is not credited. The verb must
 * govern the quotation and stand in the clause's first comma part: after a comma (an aside, "…, which critics said",
 * or a coordination, "…, but in a later interview said") it may be the sentence's own subject's, and is left alone;
 * so is one with the speaker's own pronoun or a name before it. A verb whose subject is left out ("… and said …")
 * shares it with the clause a "that" opens; with no "that" ("He said his attacks have worked and said …") it may
 * as well share the sentence's subject.
 */
export function nestedSpeech(sentence: Sentence, speech: ReportedSpeech, quoteStart: number): boolean {
  const from = speech.clauseStart;
  const to = quoteStart - sentence.start;
  if (to <= from || speech.outer) return false;
  const masked = maskQuotes(sentence.text.slice(0, to));
  const clause = masked.slice(from);
  const opened = /\bthat\s*$/i.test(masked.slice(0, from));
  VERB.lastIndex = 0;
  for (let m = VERB.exec(clause); m; m = VERB.exec(clause)) {
    const before = clause.slice(0, m.index);
    if (clause.slice(m.index).includes(',') || OWN_PRONOUN.test(before) || NAME.test(before)) continue;
    if (before.includes(',') || (COORDINATED.test(before) && !opened)) continue;
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
