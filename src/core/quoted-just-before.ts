import type { QuoteItem } from './attribute-quotes';
import type { ResolvedSpeaker } from './speaker-resolution';

/** How many sentences back the quotation before may end. */
const REACH = 2;

/**
 * Whether the nearest quotation before item `at` that the rules have credited so far, ending at most two sentences
 * before it, is the speaker's: "Ann Lee, 42, of Bath, said: "…" ¶ She added that staff had been "…"". Untagged
 * quotations between are stepped over (their run is read later). A fragment's pronoun is trusted only then: with no
 * quotation of theirs just before, the pronoun reached a firm ("Scranton Lace") or a description as often as the
 * person; three sentences on, it reached a son quoted before his father's "he" (session 59's dump).
 */
export function quotedJustBefore(items: readonly QuoteItem[], at: number, speaker: ResolvedSpeaker): boolean {
  const first = items[at]!.segments[0]!.startSentence;
  for (let i = at - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.segments.at(-1)!.endSentence < first - REACH) return false;
    if (!item.speaker) continue;
    return item.speaker.person ? item.speaker.person === speaker.person : item.speaker.name === speaker.name;
  }
  return false;
}
