import type { Sentence } from './analysis-types';
import type { PersonMention } from './people';
import { cueRate } from './speech-cues';

/** Feature names of the continuity evidence below, in vector order. */
export const CONTINUITY_FEATURES = [
  'sole-person-near',
  'sole-name-since-previous-quote',
  'cue-between-quote-and-name',
] as const;

/** Where a quotation sits, as the continuity features need it. */
interface Place {
  startSentence: number;
  start: number;
}

const GAP_WORD = /\p{L}+/gu;
/** The strongest learned cue between a quotation's end and a name after it in its sentence (titles pass). */
function gapCue(sentences: Sentence[], end: number, endSentence: number, m: PersonMention): number {
  if (m.sentenceId !== endSentence || m.start < end) return 0;
  const at = sentences[endSentence]!;
  const gap = at.text.slice(end - at.start, m.start - at.start).replace(/^[\s,.!?"\u201d\u2019']+/, '');
  if (gap.length > 50 || /["\u201c\u201d]/.test(gap)) return 0;
  let best = 0;
  for (const w of gap.matchAll(GAP_WORD)) best = Math.max(best, cueRate(w[0]));
  return best;
}

/**
 * A paragraph that ends inside an open quotation: the typographic convention of a quotation that
 * runs on over paragraphs (no closing mark at the paragraph's end, an opening one at the next).
 */
function endsOpen(sentences: Sentence[], last: number): boolean {
  const paragraph = sentences[last]!.paragraph;
  let first = last;
  while (first > 0 && sentences[first - 1]!.paragraph === paragraph) first--;
  let open = false;
  for (let id = first; id <= last; id++) {
    const text = sentences[id]!.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x201c) open = true;
      else if (c === 0x201d) open = false;
      else if (c === 0x22) open = !open;
    }
  }
  return open;
}

/**
 * Evidence that a quotation carries on someone already speaking, where no tag next to it says so:
 * the candidate is the only person named (outside quotations) in this paragraph and the one before;
 * or the only person named since the previous quotation began, in this paragraph or in the one whose
 * open quotation this paragraph continues ("“…,” said Bayh. “…”"); or a learned cue word stands
 * between the quotation and the name ("“…,” said former Sen. Evan Bayh"). Reads only the
 * candidates' own mentions, so it adds no pass over the article (seventeenth round, not shipped).
 * Returns, per candidate key, its features in CONTINUITY_FEATURES order.
 */
export function speakerContinuity(
  sentences: Sentence[],
  quote: Place & { opensParagraph: boolean; end: number; endSentence: number },
  previous: Place | undefined,
  evidence: ReadonlyMap<string, { mentions: PersonMention[] }>,
): (key: string) => number[] {
  const paragraph = sentences[quote.startSentence]!.paragraph;
  const continues = quote.opensParagraph && quote.startSentence > 0 && endsOpen(sentences, quote.startSentence - 1);
  // The previous quotation counts when it is in this paragraph, or in the one this continues.
  const previousParagraph = previous ? sentences[previous.startSentence]!.paragraph : -1;
  const since =
    previous && (previousParagraph === paragraph || (continues && previousParagraph === paragraph - 1))
      ? sentences[previous.startSentence]!.start
      : -1;
  const near = new Set<string>();
  const sinceQuote = new Set<string>();
  const gap = new Map<string, number>();
  for (const [key, { mentions }] of evidence) {
    for (const m of mentions) {
      const p = sentences[m.sentenceId]!.paragraph;
      if (p === paragraph || p === paragraph - 1) near.add(key);
      if (since >= 0 && m.start >= since && m.end <= quote.start) sinceQuote.add(key);
      const cue = gapCue(sentences, quote.end, quote.endSentence, m);
      if (cue > (gap.get(key) ?? 0)) gap.set(key, cue);
    }
  }
  return (key) => [
    near.size === 1 && near.has(key) ? 1 : 0,
    sinceQuote.size === 1 && sinceQuote.has(key) ? 1 : 0,
    gap.get(key) ?? 0,
  ];
}
