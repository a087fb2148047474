import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import type { PeopleIndex } from './people';
import { REFUSAL_SOURCE } from './refusal-cues';
import type { ResolvedSpeaker } from './speaker-resolution';
import { cueAfter } from './speech-cues';

/**
 * The learned speech rate (speech-cues.json) the verb after the previous paragraph's subject must reach. Counted on
 * PolNeAR train's stand-alone quotation paragraphs the rules left unattributed: every subject whose verb rated 0.3 or
 * more was the quotation's labelled speaker ("Schoen elaborated …", "Trump was quick to add …", "Cruz called them on
 * it:"); every wrong subject rated 0.03 or less ("When Wallace died …, President Clinton released …").
 */
const SUBJECT_CUE = 0.3;
/** Only quote marks and the closing stop may stand beside the quotation in its paragraph. */
export const MARKS_ONLY = /^[\s"'\u2018\u2019\u201c\u201d.,!?]*$/u;
/** A question quoted just before ("“…?” Clinton asked." ¶ "“No!”"): the quotation answers it, by someone else. */
const QUESTION_QUOTED = /\?\s*["'\u2019\u201d]/u;

/**
 * The subject did not speak, or asked: a refusal ("declined to comment when approached") or a reported question
 * ("asked the minister whether …"), whose answer is someone else's (review s34 B-none47-1, B-main-64).
 */
const NOT_THE_SUBJECTS = new RegExp(
  String.raw`\b(?:${REFUSAL_SOURCE})\b|\basked\b[^.;!?"“”]{0,80}?\b(?:whether|if|why|how|what|when|who|where)\b`,
  'i',
);

/**
 * The speaker of a quotation that is a paragraph by itself, when the rules found none: the subject of the previous
 * paragraph's closing sentence, if a learned speech verb follows it ("Schoen elaborated in an op-ed that …" ¶ "“…”").
 * Not when the quotation before is a question (the quotation answers it), nor when the quotation names the subject
 * (it speaks to or about them). Reads only the item's own sentences and the one before: linear in the article.
 */
export function paragraphLeadSpeaker(
  sentences: Sentence[],
  item: QuoteItem,
  before: QuoteItem | undefined,
  index: PeopleIndex,
  isQuoted: (offset: number) => boolean,
): ResolvedSpeaker | null {
  const head = item.segments[0]!;
  const tail = item.segments[item.segments.length - 1]!;
  const first = sentences[head.startSentence]!;
  const last = sentences[tail.endSentence]!;
  const previous = sentences[head.startSentence - 1];
  if (!previous || previous.paragraph === first.paragraph) return null;
  if (sentences[tail.endSentence + 1]?.paragraph === last.paragraph) return null;
  if (!MARKS_ONLY.test(first.text.slice(0, head.start - first.start))) return null;
  if (!MARKS_ONLY.test(last.text.slice(tail.end - last.start))) return null;
  if (QUESTION_QUOTED.test(previous.text) || NOT_THE_SUBJECTS.test(previous.text)) return null;
  const beforeEnd = before && sentences[before.segments[before.segments.length - 1]!.endSentence]!;
  if (before && beforeEnd?.paragraph === previous.paragraph && /\?\s*$/.test(before.text)) return null;
  const subject = (index.mentions[previous.id] ?? []).find((m) => !isQuoted(m.start));
  if (!subject || subject.possessive || subject.object) return null;
  if (cueAfter(previous.text, subject.end - previous.start, previous.text.length) < SUBJECT_CUE) return null;
  if (item.text.includes(subject.person.surname)) return null;
  return { name: subject.person.name, person: subject.person };
}
