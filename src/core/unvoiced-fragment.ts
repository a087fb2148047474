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
  const outside =
    sentence.text.slice(0, Math.max(0, head.start - sentence.start)) +
    ' ' +
    sentence.text.slice(last.end - sentence.start);
  const words = outside.toLowerCase().match(/[a-z]+/g) ?? [];
  return !words.some((w) => PERSON_PRONOUN.has(w) || voiced(w));
}

/** A verb of saying in any form, its "-ing" form too ("accusing", "calling", "describing"). */
function voiced(word: string): boolean {
  if (VOICE.has(word)) return true;
  const stem = word.endsWith('ing') ? word.slice(0, -3) : null;
  return !!stem && (VOICE.has(stem) || VOICE.has(`${stem}e`) || VOICE.has(stem.slice(0, -1)));
}
