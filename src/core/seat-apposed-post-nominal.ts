import { seatPost } from './seat-post';
import type { Word } from './tokenize';

/**
 * "The Senedd Member for Gwynedd Arfon, Iwan Prys Jones MS, said": the capitals closing a name set off by commas after
 * a member's seat are the member's post-nominal, whether or not the name lists know the given name (post-nominal-
 * acronym.ts reads the other shapes); read as a word of the run, no parse took it for a surname and the member was lost
 * with their quote (audit 61, B-a61-3). `run` holds the name's words and the capitals; `text` is its sentence.
 */
export function seatApposedPostNominal(run: readonly Word[], text: string): boolean {
  if (run.length < 3 || run.length > 5) return false;
  const last = run[run.length - 1]!;
  if (!/^\p{Lu}{2,4}$/u.test(last.text) || text.charCodeAt(last.end) !== 0x2c) return false;
  const lead = /,\s+$/.exec(text.slice(Math.max(0, run[0]!.start - 4), run[0]!.start));
  return lead !== null && seatPost(text.slice(0, run[0]!.start - lead[0].length)) > 0;
}
