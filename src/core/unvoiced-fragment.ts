import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { indexPeople } from './people';
import { SPEECH_VERB_STEMS } from './speech-verb-stems';
import { TAG_ONLY_VERBS } from './tag-only-verbs';

/** Every form of a verb of saying the lists hold ("said", "called", "described", "dubbed"). */
const VOICE = new Set<string>([...SPEECH_VERB_STEMS, ...TAG_ONLY_VERBS]);
/** A person as a pronoun: someone the sentence may give the words to ("the plan she calls 'a lifeline'"). */
const PERSON_PRONOUN = new Set(['he', 'she', 'they', 'i', 'we', 'his', 'her', 'their', 'him', 'them']);

/**
 * Whether a quoted fragment no rule credited stands in a sentence that names no person and has no verb of saying and
 * no person pronoun outside the quotation ("Under the guidance, any proposal classed as a 'major service change' must be referred to the Health
 * Secretary."): a term the copy quotes from a document or a usage, which nobody in the sentence says. The ranker would
 * give it to the last speaker, whom the sentence merely mentions by role (audit 56, B-a56-6); no one is right.
 */
export function unvoicedFragment(item: QuoteItem, sentences: readonly Sentence[]): boolean {
  if (item.kind !== 'fragment' || item.tag || item.route !== 'none' || item.speaker) return false;
  const head = item.segments[0]!;
  const last = item.segments[item.segments.length - 1]!;
  if (head.startSentence !== last.endSentence) return false;
  // A person the sentence names outside the quotation may be the one whose term it is ("Reid has gone after Trump as
  // a "…"", "Tribe likened the rules to "…""): only a sentence that names no one is read.
  // A role standing for the person ("the Transport Secretary") names no one here: it is what misled the ranker.
  const sentence = sentences[head.startSentence]!;
  const mentions = indexPeople(sentences as Sentence[]).mentions[head.startSentence] ?? [];
  const byName = (m: (typeof mentions)[number]): boolean =>
    sentence.text.slice(m.start - sentence.start, m.end - sentence.start).includes(m.person.surname);
  if (mentions.some((m) => (m.start < head.start || m.start >= last.end) && byName(m))) return false;
  // The words outside the quotation, read from the sentence's words found once (a sentence of forty quotations is not
  // walked forty times): one before the quotation, one after it, or a word the quotation's edge cuts.
  const cut = Math.max(0, head.start - sentence.start);
  const resume = last.end - sentence.start;
  const flagged = flaggedWords(sentence);
  const lower = sentence.text.toLowerCase();
  return !(
    (flagged.length > 0 && (flagged[0]!.end <= cut || flagged[flagged.length - 1]!.start >= resume)) ||
    flags(wordEndingAt(lower, cut)) ||
    flags(wordStartingAt(lower, resume))
  );
}

const LETTER = /[a-z]/;
/**
 * Each sentence's words that speak or name a person (a pronoun, a verb of saying), by position; found once. Kept by the
 * sentence itself, so the entries go with the analysis that made them, not for the life of a bot.
 */
const flaggedBySentence = new WeakMap<Sentence, readonly { start: number; end: number }[]>();
function flaggedWords(sentence: Sentence): readonly { start: number; end: number }[] {
  let found = flaggedBySentence.get(sentence);
  if (found) return found;
  found = [...sentence.text.toLowerCase().matchAll(/[a-z]+/g)]
    .filter((m) => flags(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  flaggedBySentence.set(sentence, found);
  return found;
}
/** The part of a word that the quotation's opening cuts, before the cut ("" when no word runs across it). */
function wordEndingAt(lower: string, cut: number): string {
  if (cut <= 0 || cut >= lower.length || !LETTER.test(lower[cut]!) || !LETTER.test(lower[cut - 1]!)) return '';
  let from = cut;
  while (from > 0 && LETTER.test(lower[from - 1]!)) from--;
  return lower.slice(from, cut);
}
/** The part of a word that the quotation's close cuts, after the cut. */
function wordStartingAt(lower: string, resume: number): string {
  if (resume <= 0 || resume >= lower.length || !LETTER.test(lower[resume]!) || !LETTER.test(lower[resume - 1]!))
    return '';
  let to = resume;
  while (to < lower.length && LETTER.test(lower[to]!)) to++;
  return lower.slice(resume, to);
}
const flags = (word: string): boolean => word !== '' && (PERSON_PRONOUN.has(word) || voiced(word));

/** A verb of saying in any form, its "-ing" form too ("accusing", "calling", "describing"). */
function voiced(word: string): boolean {
  if (VOICE.has(word)) return true;
  const stem = word.endsWith('ing') ? word.slice(0, -3) : null;
  return !!stem && (VOICE.has(stem) || VOICE.has(`${stem}e`) || VOICE.has(stem.slice(0, -1)));
}
