import type { Sentence } from './analysis-types';
import { paragraphMarks } from './paragraph-marks';

/**
 * The New York Times' plain-text feed writes quote marks as two apostrophes (''Melania, tell …,'' she
 * said). For copy that pairs them so, returns sentences whose paired '' marks read as double quotes
 * (same length, so offsets hold): an opening '' becomes ` "` (the mark against its first word), a
 * closing one `" ` (the mark against its last word or stop). An article without one opening '' closed
 * later in its paragraph comes back unchanged (the same array): a lone '' (5-foot-11'') is no quote.
 * TeX and typewriter copy opens with two backticks (``Melania, …,'' she said): read the same way.
 */
export function doubleApostropheMarks(sentences: Sentence[]): Sentence[] {
  if (!sentences.some((s) => s.text.includes("''")) || !pairedSomewhere(sentences)) return sentences;
  return paragraphMarks(sentences, (text, wasOpen) => {
    let open = wasOpen;
    let out = '';
    let from = 0;
    for (const run of apostropheRuns(text)) {
      // An opening mark while open re-opens (a new sentence of the same quotation), as "…" copy does.
      if (run.opens) {
        out += `${text.slice(from, run.at)} "`;
        from = run.at + 2;
        open = true;
      } else if (open && run.closes) {
        // ''' after a word closes a nested single quote and then the double one: the last two marks.
        const at = run.at + run.length - 2;
        out += `${text.slice(from, at)}" `;
        from = at + 2;
        open = false;
      }
    }
    return { text: from === 0 ? text : out + text.slice(from), open };
  });
}

interface Run {
  at: number;
  length: number;
  opens: boolean;
  closes: boolean;
}

const WORDISH = /[\p{L}\p{N}]/u;

const RUN = /''+|``+/g;

/**
 * Runs of two or three straight apostrophes, with the shape of an opening or closing mark, and
 * pairs of backticks, which only open.
 */
function* apostropheRuns(text: string): Generator<Run> {
  for (const match of text.matchAll(RUN)) {
    const i = match.index;
    const length = match[0].length;
    const backticks = match[0][0] === '`';
    if (length > (backticks ? 2 : 3)) continue;
    const end = i + length;
    const prev = i === 0 ? ' ' : text[i - 1]!;
    const next = end >= text.length ? ' ' : text[end]!;
    // A third mark belongs to a nested single quote: '''Sir opens both, it,''' closes both.
    const opens = /[\s([{—–-]/.test(prev) && (WORDISH.test(next) || (length === 2 && /[.…[$£€]/.test(next)));
    // A closing mark may stand apart from its words ("coalitions, '' said", "'Avenue,' '' she noted").
    const closes = !backticks && /[\s,.;:!?)\]—–―-]/.test(next);
    yield { at: i, length, opens, closes };
  }
}

/** Whether some paragraph opens a '' quote and closes it later in the same paragraph. */
function pairedSomewhere(sentences: Sentence[]): boolean {
  let open = false;
  let paragraph = -1;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) open = false;
    paragraph = sentence.paragraph;
    for (const run of apostropheRuns(sentence.text)) {
      if (run.opens) open = true;
      else if (open && run.closes) return true;
    }
  }
  return false;
}
