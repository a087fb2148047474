import { maskAbbreviationDots, restoreAbbreviationDots } from './abbreviation-dots';
import type { Sentence } from './analysis-types';
import { creditLine } from './credit-line';
import type { QuoteSegment } from './quote-spans';
import { tagAfter } from './quote-tags';
import { type SpeakerPhrase, subjectBefore } from './speaker-phrase';
import { subjectAfter } from './subject-after';

/**
 * A quotation that is a whole sentence, credited by the next sentence of its paragraph:
 * `"..." That was how Jane Doe put it.`, `"..." So said its chairman, Peter Hart.`,
 * `"..." Those were the words of Jane Doe.`, `"..." The warning came from X.`, or a pull quote
 * signed on the line below (`— Jane Doe, owner`). The next sentence must open with the crediting
 * construction itself: a sentence that merely names someone is no attribution.
 */

/** `That was how X put it` / `This is what X told reporters`: the speaker before the verb. */
const HOW_X_PUT_IT =
  /^((?:That|This|Those|These|Such|It)(?:\s+at\s+least)?\s+(?:was|is|were|are|has been)\s+(?:how|what)\s+)(.{2,100}?)\s+(?:put it|puts it|phrased it|summed it up|sums it up|described it|describes it|said|says|told|tells|wrote|writes|called it|calls it)\b/;
/** `So said X` / `Thus spoke X`: the speaker after the verb. */
const SO_SAID_X = /^(?:So|Thus)\s+(?:said|says|spoke|speaks|wrote|writes|argued|argues|declared|insisted|warned)\s+/;
/** `Those were the words of X` / `That was the verdict of X`. */
const WORDS_OF_X =
  /^(?:That|This|Those|These|Such)\s+(?:was|is|were|are)\s+the\s+(?:words?|view|verdict|message|warning|assessment|conclusion|response|reply|reaction|judgement|judgment)\s+of\s+/;

/** `The warning came from X` / `The words were those of X`. */
const CAME_FROM_X =
  /^The\s+(?:words?|warning|remarks?|comments?|message|plea|call|rebuke|criticism|praise|admission|quip|retort)\s+(?:came|come|were those|was that)\s+(?:from|of)\s+/;

/**
 * `"..." Trump said.` split off by the sentence splitter: a sentence that is only a name, a speech
 * verb and a short adverbial. `Rubio said he ...` reports Rubio's own speech and credits nothing.
 */
const NAME_SAID =
  /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(?:also\s+|later\s+)?(?:said|says|added|adds|told|tells|continued|explained|insisted|warned|argued|wrote|writes|stated|recalled|noted|replied|responded)\b(?:\s+(?!that\b)[^.!?;:"“”]{1,40})?[.!]$/u;

/**
 * `— Jane Doe, owner of the Corner Cafe`: a line that is only a signature, a name and perhaps a
 * description after a comma (title dots masked). `— Meanwhile, the landlord said ...` is a sentence.
 */
const SIGNATURE_LINE =
  /^\s*(?:\u2015|\u2014|\u2013|--?)\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4}\s*(?:,\s*[^.;:!?"“”]{1,100})?\.?\s*$/u;
const SENTENCE_VERB = /\b(?:said|says|told|tells|added|would|will|was|is|were|are|has|had|did|does)\b/;

/** What the tag is read from: the next sentence's opening, title dots masked like any tag. */
const WINDOW = 160;

/**
 * The tag for a quotation that makes up its whole sentence (nothing before its opening mark or
 * after its close), read from the next sentence of the paragraph; null when that sentence does
 * not open with a crediting construction.
 */
export function tagInFollowingSentence(
  text: string,
  head: QuoteSegment,
  tail: QuoteSegment,
  afterText: string,
  sentences: Sentence[],
): SpeakerPhrase | null {
  const first = sentences[head.startSentence]!;
  const own = sentences[tail.endSentence]!;
  const next = sentences[tail.endSentence + 1];
  if (!next || afterText.trim() !== '' || !/[.?!…]$/.test(text.trim())) return null;
  if (first.text.slice(0, head.start - first.start).replace(/["“‘'\s]/g, '') !== '') return null;
  const line = maskAbbreviationDots(next.text);
  if (SIGNATURE_LINE.test(line) && !SENTENCE_VERB.test(line)) {
    // A pull quote signed on the line below, in its paragraph or as a paragraph of its own.
    const alone = sentences[next.id + 1]?.paragraph !== next.paragraph;
    return next.paragraph === own.paragraph || (alone && next.paragraph === own.paragraph + 1) ? signature(next) : null;
  }
  if (next.paragraph !== own.paragraph) return null;
  const opening = maskAbbreviationDots(next.text.slice(0, WINDOW));
  const how = HOW_X_PUT_IT.exec(opening);
  const named = next.text.length <= WINDOW ? NAME_SAID.exec(opening) : null;
  const phrase = how
    ? subjectBefore(how[2]!, next.start + how[1]!.length)
    : named
      ? subjectBefore(named[1]!, next.start)
      : after(SO_SAID_X.exec(opening) ?? WORDS_OF_X.exec(opening) ?? CAME_FROM_X.exec(opening), opening, next.start);
  if (phrase === null || phrase.kind !== 'phrase') return null;
  return { ...phrase, text: restoreAbbreviationDots(phrase.text) };
}

function signature(line: Sentence): SpeakerPhrase | null {
  const tag = tagAfter(line.text.slice(0, WINDOW), line.start);
  // `— Reuters` and `— Reporting by Jane Doe` sign the copy, not the quotation.
  return tag?.kind === 'phrase' && !creditLine(line.text, tag.text) ? tag : null;
}

function after(match: RegExpExecArray | null, opening: string, start: number): SpeakerPhrase | null {
  if (!match) return null;
  return subjectAfter(opening.slice(match[0].length), start + match[0].length);
}

/** How far into the next sentence a tag may reach ("Trump told Britain's ITV television station"). */
const NEXT_TAG_WINDOW = 80;

/**
 * `"... who knows?" Trump told ITV.`: a question or exclamation mark ends the sentence for the
 * splitter, so the tag lands in the next sentence of the paragraph; read it there.
 */
export function tagInNextSentence(
  text: string,
  tail: QuoteSegment,
  afterText: string,
  sentences: Sentence[],
): SpeakerPhrase | null {
  const own = sentences[tail.endSentence]!;
  const next = sentences[tail.endSentence + 1];
  if (!next || next.paragraph !== own.paragraph || !/[?!]$/.test(text) || afterText.trim() !== '') return null;
  if (!/^\p{Lu}/u.test(next.text)) return null;
  // `"Would it be negotiable?" Hannity pressed.`: a quotation that opens its sentence takes a lone verb's subject.
  const from = sentences[tail.startSentence]!;
  const opens = from.text.slice(0, tail.start - from.start).replace(/["“‘'\s]/g, '') === '';
  return tagAfter(next.text.slice(0, NEXT_TAG_WINDOW), next.start, opens);
}
