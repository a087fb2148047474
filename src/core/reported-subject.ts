import { type CueRates, cueAfter } from './speech-cues';

/**
 * "An aide to the governor said Wednesday that Mr. Bellamy "will meet any candidate"", "a press release saying Ms.
 * Varga owes "an explanation"": the name is the subject of what someone else reports, and the quotation finishes that
 * report, so the words are the reporter's, not the named one's (PolNeAR labels the aide; sp47 left the shape, "X
 * said that Y "…"" fragments given to Y). Unless the named one speaks in it ("said that Mr. Bellamy told her the
 * plan was "…"": a learned speech verb between the name and the quotation, as paragraph-lead-speaker.ts reads one).
 */

/**
 * A speech verb, an optional day or time word, an optional "that", then at most two title words before the name.
 * The verb follows its subject (or an appositive's comma), not a quotation's closing mark: '"…," said Mr. Bellamy'
 * names the speaker. Read from at most 90 characters before the name.
 */
const REPORT_BEFORE =
  /[^\s,"”'’]\s*,?\s+(?:said|says|saying|added|adds|argued|argues|claimed|claims|noted|notes|insisted|insists|wrote|writes|warned|warns|stated|states|announced|announces|contended|contends|suggested|suggests|predicted|predicts|acknowledged|acknowledges)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|later|recently|previously))?\s+(?:that\s+)?(?:\p{Lu}[\p{L}]*\.?\s+){0,2}$/u;
/**
 * Only words between the name and the quotation: no sentence break, no other quotation, at most 80 characters, and
 * no comma — "which, said Mr Hopkins, "…"" is an inverted tag, "said Reid quieted them, telling them, "…"" his own.
 */
const WORDS_ONLY = /^[^.,;:!?"“”]{0,80}$/;
/** The rate paragraph-lead-speaker.ts and the tag readers take for a speech verb (speech-cues.json). */
const SPEECH_CUE = 0.3;

/**
 * Is the person named at `mention` the subject of a clause someone else reports, the quotation at `quote` completing
 * that clause in the same sentence `at`, with no speech verb of the named one between? Absolute offsets.
 */
export function reportedSubject(
  at: { text: string; start: number },
  mention: { start: number; end: number; person: { surname: string } },
  quote: { start: number },
  cues?: CueRates,
): boolean {
  const { surname } = mention.person;
  if (mention.end > quote.start) return false;
  const from = mention.start - at.start;
  // A name as written, not a description the people index resolved ("said the federal judge had").
  if (!/^\p{Lu}/u.test(at.text.slice(from, from + 1))) return false;
  const before = at.text.slice(Math.max(0, from - 90), from);
  // "Bill Clinton said Clinton supporters were …": a reporter of the same surname may be the same person.
  if (!REPORT_BEFORE.test(before) || before.includes(surname)) return false;
  const end = mention.end - at.start;
  const mark = Math.max(end, quote.start - at.start - 1);
  if (!WORDS_ONLY.test(at.text.slice(end, mark))) return false;
  return cueAfter(at.text, end, mark + 1, cues) < SPEECH_CUE;
}
