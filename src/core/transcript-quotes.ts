import type { Sentence } from './analysis-types';
import { findInterviewee } from './interviewee';
import { indexPeople, type PeopleIndex, type Person } from './people';
import { STAGE_DIRECTION } from './shown-turn-text';
import { findTranscriptBlocks, type TranscriptTurn } from './transcript-turns';

/** A transcript turn reported as a quote; `kind` feeds the key-quote choice like a marked quote's. */
export interface TranscriptQuote {
  text: string;
  speaker: string | null;
  sentenceId: number;
  /** Every sentence the turn runs over: a marked quote inside them is part of the turn. */
  sentenceIds: readonly number[];
  key: boolean;
  kind: 'utterance';
}

const OPENS_WITH_MARK = /^["“]/;

function turnText(turn: TranscriptTurn, sentences: Sentence[]): string {
  return turn.sentenceIds
    .map((id, k) => {
      const s = sentences[id]!;
      return k === 0 ? s.text.slice(turn.start - s.start) : s.text;
    })
    .join(' ')
    .replace(STAGE_DIRECTION, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The turn's sentences up to the first later paragraph that names `person`. */
function untilNamed(ids: number[], sentences: Sentence[], index: PeopleIndex, person: Person): number[] {
  const own = sentences[ids[0]!]!.paragraph;
  const at = ids.findIndex(
    (id) => sentences[id]!.paragraph !== own && (index.mentions[id] ?? []).some((m) => m.person === person),
  );
  if (at < 0) return ids;
  const paragraph = sentences[ids[at]!]!.paragraph;
  return ids.filter((id) => sentences[id]!.paragraph < paragraph);
}

/**
 * The words of labelled turns in transcripts and round-ups, which carry no quote marks: an
 * interview's answers are the interviewee's; a named label's words are that person's; a role
 * label's (`THE WITNESS:`) or an outlet's (`Charlotte Observer:`) are reported unattributed. Questions (`Q:`) are the interviewer's or
 * the examining lawyer's and are never anyone's quote. A turn that opens with a quote mark is
 * left to the quotation reader.
 */
export function findTranscriptQuotes(sentences: Sentence[], title: string): TranscriptQuote[] {
  const index = indexPeople(sentences);
  const quotes: TranscriptQuote[] = [];
  for (const block of findTranscriptBlocks(sentences, index)) {
    const hasAnswers = block.turns.some((t) => t.label.kind === 'answer');
    const questions = block.turns.filter((t) => t.label.kind === 'question').map((t) => turnText(t, sentences));
    const interviewee = hasAnswers ? findInterviewee(title, sentences, index, block.firstParagraph, questions) : null;
    for (const whole of block.turns) {
      const { label } = whole;
      if (label.kind === 'question') continue;
      // Answers with no one identified as answering are an FAQ's, not speech.
      if (label.kind === 'answer' && !interviewee) continue;
      // The paragraphs after an answer stop being the answer where they name the interviewee
      // ("Ashby, who chairs the union, ..."): that is the writer, in the third person.
      const turn =
        label.kind === 'answer'
          ? { ...whole, sentenceIds: untilNamed(whole.sentenceIds, sentences, index, interviewee!) }
          : whole;
      const text = turnText(turn, sentences);
      if (OPENS_WITH_MARK.test(text)) continue;
      const speaker = label.kind === 'person' ? label.speaker : label.kind === 'answer' ? interviewee!.name : null;
      quotes.push({
        text,
        speaker,
        sentenceId: turn.sentenceIds[0]!,
        sentenceIds: turn.sentenceIds,
        key: false,
        kind: 'utterance',
      });
    }
  }
  return quotes;
}

/**
 * Both lists in article order (each already is); a turn comes before quotes marked inside it.
 * One quote, one speaker: a marked quote inside a reported turn is already the turn's words, so it
 * is not reported again, unless the turn quotes someone else ("My father told me \"never sell\""):
 * then it stays, as that person's.
 */
export function mergeTranscriptQuotes<Q extends { sentenceId: number; speaker: string | null }>(
  marked: Q[],
  turns: Array<Q & { sentenceIds: readonly number[] }>,
): Q[] {
  if (turns.length === 0) return marked;
  const turnAt = new Map<number, Q>();
  for (const turn of turns) for (const id of turn.sentenceIds) turnAt.set(id, turn);
  const kept = marked.filter((q) => {
    const turn = turnAt.get(q.sentenceId);
    return !turn || (q.speaker !== null && q.speaker !== turn.speaker);
  });
  const merged: Q[] = [];
  let i = 0;
  for (const turn of turns) {
    while (i < kept.length && kept[i]!.sentenceId < turn.sentenceId) merged.push(kept[i++]!);
    merged.push(turn);
  }
  while (i < kept.length) merged.push(kept[i++]!);
  return merged;
}
