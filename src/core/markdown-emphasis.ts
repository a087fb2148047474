import { eachMatch } from './each-match';

/**
 * A pair of Markdown strong-emphasis markers around a run of one line: "**The sticking point**", "__Whip count__".
 * Each marker flanks its run the way CommonMark reads it (the opening one after no letter, digit or marker and before
 * no space, the closing one the mirror), so the stars of a censored word ("f**k", "n****rs"), a "***" rule or the
 * underscores of a "___." separator are never markers. The run is lazy and bounded, so each candidate is cheap.
 */
const STRONG = /(?<![\p{L}\p{N}*_\\])(\*\*|__)(?![\s*_])([^\n]{1,200}?)(?<![\s*_\\])\1(?![\p{L}\p{N}*_])/gu;
/** A dash set after the run (or as its last character) with words after it on the line: "** — Delveccio …". */
const DASH_AFTER = /^[ \t]*(?:\u2014|\u2013|--?)[ \t]+(?=\S)/;
const DASH_INSIDE = /[ \t]*(?:\u2014|\u2013|--?)$/;
/** A run-in heading is a label, a few words with no sentence end inside ("What the White House is saying"). */
const HEADING_WORDS = 10;

/** Is `at` the first character of its line but for spaces? */
function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

function isHeading(run: string): boolean {
  return !/[.!?]\s/.test(run) && run.split(/\s+/).length <= HEADING_WORDS;
}

/**
 * The spans of `text` ([start, end), in order, apart) that are Markdown markup and not copy: every pair of strong
 * markers, which a reader of the rendered page never sees (and which Slack's mrkdwn would show as stars); and a
 * run-in heading, the bold label that opens a line before a dash ("**The sticking point** — Delveccio and …"), which
 * is a kicker like the all-caps "DRIVING THE DAY —" (copy-furniture.ts' dateline), with its dash. The label before a
 * colon stays, markers gone: in a transcript "**KELLING:**" or "**Q:**" marks a turn, and the turn reader needs it.
 */
export function markdownEmphasis(text: string): Array<[number, number]> {
  if (!text.includes('**') && !text.includes('__')) return [];
  const spans: Array<[number, number]> = [];
  for (const m of eachMatch(STRONG, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const run = m[2]!;
    if (opensLine(text, start) && isHeading(run)) {
      const after = DASH_AFTER.exec(text.slice(end, end + 8));
      const inside = DASH_INSIDE.test(run) && /^[ \t]+\S/.test(text.slice(end, end + 2));
      if (after || inside) {
        let stop = end + (after ? after[0].length : 0);
        while (text[stop] === ' ' || text[stop] === '\t') stop++;
        spans.push([start, stop]);
        continue;
      }
    }
    spans.push([start, start + 2], [end - 2, end]);
  }
  return spans;
}
