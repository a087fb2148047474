import type { Sentence } from './analysis-types';
import type { PeopleIndex } from './people';
import { readTranscriptLabel, type TranscriptLabel } from './transcript-labels';

/** One labelled turn: its label, and the body sentences its words run over (label excluded). */
export interface TranscriptTurn {
  label: TranscriptLabel;
  /** Absolute offset where the words after the label start. */
  start: number;
  sentenceIds: number[];
}

/** A run of turns that reads as a dialogue or a list of voices. */
export interface TranscriptBlock {
  turns: TranscriptTurn[];
  /** Paragraph index of the first turn: what comes before it is the block's introduction. */
  firstParagraph: number;
}

/** Unlabelled paragraphs between two labels that still keep them in one block (a long answer, a clip). */
const MAX_GAP = 2;
/** Stage directions and elisions inside a transcript are nobody's words. */
const NOT_WORDS = /^\s*(?:\(.*\)|\[.*\]|[.…\s]*)\s*$/;
const HEADING_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}'’-]*$/u;

/**
 * A label over a heading, not words: `Bernie Sanders: Credit Scores And Loans`, `Clinton: 547.`:
 * two or more capitalised words (or one with a second capital or digit inside, "547", "USA").
 * Word by word, not one regular expression: a pattern of repeated words with optional separators
 * backtracks exponentially on an all-caps line ("WELCOME BACK TO THE LEAD…?").
 */
function isHeading(text: string): boolean {
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  const words = text.split(/[\s,.:;]+/).filter((w) => w !== '');
  if (!words.every((w) => HEADING_WORD.test(w))) return false;
  return words.length >= 2 || /.[\p{Lu}\p{N}]/u.test(words[0]!);
}

/** The speaker still talking: first person ("We are also talking to the unions about overtime"). */
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|us|[Oo]urs?)\b/;
/** A paragraph about someone in the third person ("He paused."), when it has no first person. */
const THIRD_PERSON_OPENING = /^(?:He|She|They|His|Her|Their)\b/;
const SPEECH_VERB = '(?:said|says|added|adds|told|tells|explained|recalled|recalls|continued|replied|insisted|noted)';
/**
 * The writer's speech tags: "she said", "Okafor added", "said he". "They told me" and "We told the
 * council" are the speaker's own account, and so is a tag over "me" / "us".
 */
const PRONOUN_TAG = new RegExp(
  String.raw`(?<!\p{L})(?:[Hh]e|[Ss]he|[Tt]hey)\s+${SPEECH_VERB}\b(?!\s+(?:me|us)\b)|\b(?:said|says|added)\s+(?:he|she|they)\b`,
  'u',
);
const NAME_TAG = new RegExp(String.raw`(?<!\p{L})(\p{Lu}\p{L}{1,30})\s+${SPEECH_VERB}\b(?!\s+(?:me|us)\b)`, 'gu');
/** `LONDON (Reuters) -` / `WASHINGTON —`: read from the paragraph's opening only. */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{1,40}(?:,[\p{L} .]{1,40})?(?:\([^)]{1,40}\))?\s*(?:\u2014|\u2013|--?)\s/u;

/**
 * Is an unlabelled paragraph after a turn the writer's narration? Only clear narration ends the
 * turn: a speech tag whose subject is a pronoun or a person the article knows ("Mum said" in an
 * answer is the speaker's story), a third-person opening with no first person, or a dateline.
 * Anything else continues the answer: losing the interviewee's words is an error too.
 */
function isNarration(text: string, index: PeopleIndex): boolean {
  if (DATELINE.test(text.slice(0, 120)) || PRONOUN_TAG.test(text)) return true;
  if (THIRD_PERSON_OPENING.test(text) && !FIRST_PERSON.test(text)) return true;
  for (const tag of text.matchAll(NAME_TAG)) if (index.lookup(tag[1]!) !== null) return true;
  return false;
}

interface Paragraph {
  index: number;
  sentenceIds: number[];
}

/**
 * A turn's label in a colon form ("KELLING:", "HOST, MARTA KELLING:", "Q:") opening a sentence: a turn starts there
 * even inside a paragraph, since transcripts pasted with one newline between turns come as one paragraph (audit 51,
 * B-a51-4). Whether it is a turn is still read by the label reader and the dialogue test.
 */
const LINE_LABEL = /^(?:[QA]|(?:[A-Z][A-Z.'’-]*,?\s+){0,4}[A-Z][A-Z'’-]+)\s*:\s/;

/** The units a turn label may open: paragraphs, split again where a sentence opens with a colon label (LINE_LABEL). */
export function paragraphsOf(sentences: Sentence[]): Paragraph[] {
  const list: Paragraph[] = [];
  for (const s of sentences) {
    const last = list[list.length - 1];
    if (last && last.index === s.paragraph && !LINE_LABEL.test(s.text)) last.sentenceIds.push(s.id);
    else list.push({ index: s.paragraph, sentenceIds: [s.id] });
  }
  return list;
}

function labelOf(
  paragraph: Paragraph,
  sentences: Sentence[],
  index: PeopleIndex,
  labelled: Map<string, string>,
): TranscriptLabel | null {
  const text = sentences[paragraph.sentenceIds[0]!]!.text;
  const label = readTranscriptLabel(text, index, labelled);
  if (!label) return null;
  const words = paragraph.sentenceIds
    .map((id) => sentences[id]!.text)
    .join(' ')
    .slice(label.length);
  // A turn says something in words; a label over a number or a title-case heading is a list item.
  const named = label.kind === 'person' || (label.kind === 'role' && label.outlet === true);
  if (!/\p{L}{2}/u.test(words) || (named && isHeading(words))) return null;
  return label;
}

/**
 * A dialogue has two voices in neighbouring paragraphs (`Q:` then `A:`, the lawyer then the
 * witness); a round-up lists two or more people in neighbouring paragraphs. Labels scattered
 * between paragraphs of prose are section headings ("Sanders: Win in a walk."), not turns.
 */
function isDialogue(turns: Array<{ label: TranscriptLabel; paragraph: number; at: number }>): boolean {
  for (let i = 1; i < turns.length; i++) {
    const a = turns[i - 1]!;
    const b = turns[i]!;
    // Neighbours: the next paragraph, or the next turn of one paragraph read as lines (paragraphsOf).
    const next = b.at === a.at + 1 && b.paragraph - a.paragraph <= 1;
    if (next && a.label.key !== b.label.key) return true;
  }
  return false;
}

/** Every transcript or round-up block in the body, in order; linear in the number of paragraphs. */
export function findTranscriptBlocks(sentences: Sentence[], index: PeopleIndex): TranscriptBlock[] {
  const paragraphs = paragraphsOf(sentences);
  const labelled: Array<{ label: TranscriptLabel; paragraph: number; at: number }> = [];
  const names = new Map<string, string>();
  paragraphs.forEach((p, at) => {
    const label = labelOf(p, sentences, index, names);
    if (label) labelled.push({ label, paragraph: p.index, at });
  });
  const blocks: TranscriptBlock[] = [];
  let run: typeof labelled = [];
  const flush = (): void => {
    if (run.length >= 2 && isDialogue(run)) blocks.push(toBlock(run, paragraphs, sentences, index));
    run = [];
  };
  for (const item of labelled) {
    const last = run[run.length - 1];
    if (last && item.at - last.at - 1 > MAX_GAP) flush();
    run.push(item);
  }
  flush();
  return blocks;
}

function toBlock(
  run: Array<{ label: TranscriptLabel; paragraph: number; at: number }>,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  index: PeopleIndex,
): TranscriptBlock {
  const turns = run.map((item, k) => {
    const ids = [...paragraphs[item.at]!.sentenceIds];
    // In an interview's Q/A, paragraphs between this turn and the next may continue it (a long
    // answer) until one is the writer's; after a named speaker's turn they may as well be the
    // writer's comment, and after the last turn prose resumes.
    const next = run[k + 1];
    if (next && (item.label.kind === 'answer' || item.label.kind === 'question')) {
      for (let at = item.at + 1; at < next.at; at++) {
        const more = paragraphs[at]!.sentenceIds;
        const text = more.map((id) => sentences[id]!.text).join(' ');
        if (NOT_WORDS.test(text)) continue;
        if (isNarration(text, index)) break;
        ids.push(...more);
      }
    }
    const first = sentences[ids[0]!]!;
    return { label: item.label, start: first.start + item.label.length, sentenceIds: ids };
  });
  return { turns, firstParagraph: run[0]!.paragraph };
}
