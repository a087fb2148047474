import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { NOT_THE_SUBJECTS } from './paragraph-lead-speaker';
import type { PeopleIndex, Person, PersonMention } from './people';
import type { ResolvedSpeaker } from './speaker-resolution';
import { cueAfter } from './speech-cues';
import { splitTitle } from './split-title';

/**
 * The learned speech rate (speech-cues.json) the verb after the sentence's subject must reach, as for a stand-alone
 * quotation paragraph's previous subject (paragraph-lead-speaker.ts): "Podesta called the governor "…"" (0.56),
 * "Sanders thanked its members "for …"" (0.64), "Perez lobbies for …: "…"" (no rate: not taken).
 */
const SUBJECT_CUE = 0.3;
/** How far into its sentence the subject may start, and how far after it the quotation may open (characters). */
const SUBJECT_WITHIN = 200;
const QUOTE_MARK = /["“”]/u;
/** Only quote marks before the quotation in its sentence: it opens the sentence. */
const MARKS_ONLY = /^[\s"'\u2018\u201c]*$/u;
const QUOTE_WITHIN = 300;
/**
 * What may open the sentence before its subject: nothing, or a fronted phrase closed by a comma, no quotation; then
 * capitalised words, which must be the name's titles ("Mayor", "House Speaker"; "As Blumenthal spoke" is a clause).
 */
const FRONTED = /^(?:[^"“”,;:]{0,120},)?\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,4})$/u;
/**
 * A clause between the subject and the quotation whose words it may be ("Clinton spoke down the street, where
 * protesters chanted "…"", "… backed a ban, which critics called "…""). Not "who" ("Cruz called Trump a "liar"
 * who is "amoral"": still Cruz's words about Trump).
 */
const OTHER_CLAUSE = /\b(?:where|which|whom|whose|while|whereas|because|although|though|until|unless|after|when)\b/i;

/**
 * The speaker of a quotation the rules left unattributed inside a sentence whose subject is a person followed by a
 * learned speech verb that is in no tag table: "In October, Trump called his critics "fools."", "Mook suggested what
 * the staff did "may have been a violation."", words borrowed into the subject's own clause. The subject is the
 * sentence's first person mention, unquoted, neither possessive nor a preposition's object, with nothing but a
 * fronted phrase and its comma before it; not when the quotation names the subject (it speaks about them). Reads
 * the quotation's own sentence only, up to the quotation: linear in the article.
 */
export function sentenceSubjectSpeaker(
  sentences: Sentence[],
  item: QuoteItem,
  index: PeopleIndex,
  isQuoted: (offset: number) => boolean,
): { speaker: ResolvedSpeaker; previous: boolean } | null {
  const head = item.segments[0]!;
  const sentence = sentences[head.startSentence]!;
  const own = subjectUpTo(sentence, head.start - sentence.start, index, isQuoted);
  if (own)
    return item.text.includes(own.surname) ? null : { speaker: { name: own.name, person: own }, previous: false };
  if (item.kind !== 'utterance') return null;
  // A quotation opening its sentence, after a sentence of the same paragraph with no quotation whose subject speaks:
  // "Clinton touted her credentials as a co-sponsor. "We need to find ways …"".
  const previous = sentences[head.startSentence - 1];
  if (!previous || previous.paragraph !== sentence.paragraph || QUOTE_MARK.test(previous.text)) return null;
  if (!MARKS_ONLY.test(sentence.text.slice(0, head.start - sentence.start)) || /\?\s*$/.test(previous.text))
    return null;
  if (previous.text.length > QUOTE_WITHIN + SUBJECT_WITHIN) return null;
  const before = subjectUpTo(previous, previous.text.length, index, isQuoted);
  if (!before || item.text.includes(before.surname)) return null;
  return { speaker: { name: before.name, person: before }, previous: true };
}

/** The speaking subject of `sentence` before offset `at` (sentence-relative), or null. */
function subjectUpTo(
  sentence: Sentence,
  at: number,
  index: PeopleIndex,
  isQuoted: (offset: number) => boolean,
): Person | null {
  const headStart = sentence.start + at;
  const mentions = index.mentions[sentence.id] ?? [];
  // The subject opens the sentence (a fronted phrase, titles): only mentions that near its start are read.
  let subject: PersonMention | undefined;
  for (const m of mentions) {
    if (m.start - sentence.start > SUBJECT_WITHIN) break;
    if (!isQuoted(m.start)) {
      subject = m;
      break;
    }
  }
  if (!subject || subject.start >= headStart || subject.possessive || subject.object) return null;
  const end = subject.end - sentence.start;
  // The quotation follows the subject's verb closely; a far one is read by no rule (and the read stays bounded).
  if (at - end > QUOTE_WITHIN) return null;
  const fronted = FRONTED.exec(sentence.text.slice(0, subject.start - sentence.start));
  const titles = fronted?.[1]?.trim() ?? '';
  if (!fronted || (titles !== '' && splitTitle(`${titles} ${subject.person.surname}`).title !== titles)) return null;
  const lead = sentence.text.slice(0, at);
  if (NOT_THE_SUBJECTS.test(lead) || OTHER_CLAUSE.test(lead.slice(end))) return null;
  if (cueAfter(sentence.text, end, at) < SUBJECT_CUE) return null;
  // A nearer speaking mention: "Cleveland sought what Gilbert called "…"" is Gilbert's.
  for (const m of mentions) {
    if (m.start >= headStart) break;
    if (m.start < subject.end || isQuoted(m.start)) continue;
    if (cueAfter(sentence.text, m.end - sentence.start, at) >= SUBJECT_CUE) return null;
  }
  return subject.person;
}
