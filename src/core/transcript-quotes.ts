import type { Sentence } from './analysis-types';
import { findInterviewee } from './interviewee';
import { indexPeople } from './people';
import { findTranscriptBlocks, type TranscriptTurn } from './transcript-turns';

/** A transcript turn reported as a quote; `kind` feeds the key-quote choice like a marked quote's. */
export interface TranscriptQuote {
  text: string;
  speaker: string | null;
  sentenceId: number;
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
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of labelled turns in transcripts and round-ups, which carry no quote marks: an
 * interview's answers are the interviewee's; a named label's words are that person's; a role
 * label's (`THE WITNESS:`) are reported unattributed. Questions (`Q:`) are the interviewer's or
 * the examining lawyer's and are never anyone's quote. A turn that opens with a quote mark is
 * left to the quotation reader.
 */
export function findTranscriptQuotes(sentences: Sentence[], title: string): TranscriptQuote[] {
  const index = indexPeople(sentences);
  const quotes: TranscriptQuote[] = [];
  for (const block of findTranscriptBlocks(sentences, index)) {
    const hasAnswers = block.turns.some((t) => t.label.kind === 'answer');
    const interviewee = hasAnswers ? findInterviewee(title, sentences, index, block.firstParagraph) : null;
    for (const turn of block.turns) {
      const { label } = turn;
      if (label.kind === 'question') continue;
      // Answers with no one identified as answering are an FAQ's, not speech.
      if (label.kind === 'answer' && !interviewee) continue;
      const text = turnText(turn, sentences);
      if (OPENS_WITH_MARK.test(text)) continue;
      const speaker = label.kind === 'person' ? label.speaker : label.kind === 'answer' ? interviewee!.name : null;
      quotes.push({ text, speaker, sentenceId: turn.sentenceIds[0]!, key: false, kind: 'utterance' });
    }
  }
  return quotes;
}

/** Both lists in article order (each already is); a turn comes before quotes marked inside it. */
export function mergeTranscriptQuotes<Q extends { sentenceId: number }>(marked: Q[], turns: Q[]): Q[] {
  if (turns.length === 0) return marked;
  const merged: Q[] = [];
  let i = 0;
  for (const turn of turns) {
    while (i < marked.length && marked[i]!.sentenceId < turn.sentenceId) merged.push(marked[i++]!);
    merged.push(turn);
  }
  while (i < marked.length) merged.push(marked[i++]!);
  return merged;
}
