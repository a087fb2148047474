import type { Sentence } from './analysis-types';
import { leadingClockMinutes } from './copy-furniture';

/** Entries enough to tell an order by: two pairs of stamps. */
const MIN_ENTRIES = 3;

/**
 * The sentences told after each sentence, nearest first, at most `within` of them: the ones after it, or, on a live
 * page whose entries run newest first (paragraphs that open on clock times, copy-furniture.ts, more of them falling
 * than rising), the rest of its own entry and then the first sentence of each entry above it, nearest first: an
 * entry's news is its first sentence, and its quotes and colour follow, so a page of many entries is read by its
 * updates within the same bound (audit 50, B-a50-10: "expected to visit the area this
 * afternoon" at 11:30, last in the copy, and "has left Harlsby after a two-hour visit" at 16:40, first). A wrap past
 * midnight is one rise among falls. Whether the page runs so is read once, on the first call: most articles have no
 * pending cue and never ask.
 */
export function laterSentences(sentences: readonly Sentence[], within: number): (index: number) => string[] {
  let entries: number[] | null | undefined;
  /** For each sentence, how many timed entries open at or before it (its entry is the last of them). */
  let opened: number[] = [];
  return (index) => {
    if (entries === undefined) {
      entries = newestFirst(sentences);
      let count = 0;
      opened = sentences.map((_, i) => (entries?.[count] === i ? ++count : count));
    }
    if (entries === null) return sentences.slice(index + 1, index + 1 + within).map((s) => s.text);
    const own = opened[index]!;
    const out: string[] = [];
    for (let i = index + 1; i < sentences.length && opened[i] === own && out.length < within; i++)
      out.push(sentences[i]!.text);
    // Entries opened before this sentence's own: entries[own - 2] is the one just above it.
    for (let k = own - 2; k >= 0 && k > own - 2 - within; k--) out.push(sentences[entries[k]!]!.text);
    return out;
  };
}

/** The indexes of the sentences that open a timed entry, when the entries run newest first; else null. */
function newestFirst(sentences: readonly Sentence[]): number[] | null {
  const starts: number[] = [];
  const times: number[] = [];
  sentences.forEach((s, i) => {
    if (i > 0 && sentences[i - 1]!.paragraph === s.paragraph) return;
    const minute = leadingClockMinutes(s.text);
    if (minute === null) return;
    starts.push(i);
    times.push(minute);
  });
  if (starts.length < MIN_ENTRIES) return null;
  let falls = 0;
  let rises = 0;
  for (let i = 1; i < times.length; i++) {
    if (times[i]! < times[i - 1]!) falls++;
    else if (times[i]! > times[i - 1]!) rises++;
  }
  return falls > rises ? starts : null;
}
