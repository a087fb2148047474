import type { OpenQuestion, Sentence } from './analysis-types';
import { cutClause, reportedClause } from './question-clauses';
import { isCleanQuestion } from './vet-question';

/** A reply that contradicts what was said before: "but the trust said", "denied", "insisted". */
const CONTRARY =
  /^(?:But|However|Yet)\b|\b(?:denied|denies|disputed|disputes|rejected|rejects|insisted|insists|countered|counters|contradict\w*|not true|untrue)\b/;
const STOP = new Set(
  'the a an and or but of to in on at by for with from that this these those it its is are was were be been has have had will would said says say told not no he she they we i his her their our as about over than which who what'.split(
    ' ',
  ),
);
/** How far apart the two sides of a dispute may sit. */
const SPAN = 5;

function topicWords(text: string, speaker: string): Set<string> {
  const names = new Set(speaker.toLowerCase().split(/\s+/));
  const words = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? []) {
    const stem = w.replace(/(?:'s|ing|ed|es|s)$/, '');
    if (!STOP.has(w) && !names.has(w) && stem.length >= 3) words.add(stem);
  }
  return words;
}

function surnameOf(name: string): string {
  return (name.split(/\s+/).pop() ?? name).toLowerCase();
}

/**
 * The story's central dispute: two named sources, a few sentences apart, the second contradicting
 * the first on the same subject ("campaigners say there was no consultation… the trust said it
 * held two public meetings"). Returned as the question to put first, citing both sentences.
 */
export function centralDispute(sentences: Sentence[], speakers: Map<number, string>): OpenQuestion | null {
  let best: { i: number; j: number; overlap: number } | null = null;
  for (let j = 1; j < sentences.length; j++) {
    const second = sentences[j]!;
    const b = speakers.get(second.id);
    if (!b || !CONTRARY.test(second.text)) continue;
    const bWords = topicWords(second.text, b);
    for (let i = Math.max(0, j - SPAN); i < j; i++) {
      const first = sentences[i]!;
      const a = speakers.get(first.id);
      if (!a || surnameOf(a) === surnameOf(b)) continue;
      let overlap = 0;
      for (const w of topicWords(first.text, a)) if (bWords.has(w)) overlap++;
      if (overlap >= 3 && (!best || overlap > best.overlap)) best = { i, j, overlap };
    }
  }
  if (!best) return null;
  const first = sentences[best.i]!;
  const second = sentences[best.j]!;
  const a = speakers.get(first.id)!;
  const b = speakers.get(second.id)!;
  // Two named sides: "a poll released" or "many Democrats" is no one to put the question to.
  if ([a, b].some((s) => /^(?:a|an|many|some|most|several|other)\b/i.test(s) || s.split(/\s+/).length > 5)) return null;
  const claim = (s: Sentence): string =>
    cutClause(reportedClause(s.text), 16)
      .replace(/^["“‘]+|["”’]+$/g, '')
      .replace(/["“”]/g, '');
  const both = `${first.text} ${second.text}`;
  // "Campaigners said…": a common noun that only opens its sentence is lower case mid-question.
  const shown = (s: string): string =>
    /^[A-Z][a-z]+$/.test(s) && !new RegExp(`[a-z,;]\\s+${s}\\b`).test(both) ? s.toLowerCase() : s;
  const text = `Who is right, ${shown(a)} (“${claim(first)}”) or ${shown(b)} (“${claim(second)}”)?`;
  if (!isCleanQuestion(text, `${both} ${a} ${b}`)) return null;
  return { text, kind: 'disputed', sentenceIds: [first.id, second.id] };
}
