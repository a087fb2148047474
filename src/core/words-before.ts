import { runsBefore } from './runs-before';
import { textOccurrences } from './text-occurrences';

/** Up to seven words ending right before a name: run on a window before each mention, not the whole text. */
const ROLE_BEFORE = /((?:\p{Lu}[\p{L}\w'’.-]*\s+|[a-z][\w-]*\s+){0,6}?[\w'’-]+)\s+$/u;

/** The word right after a mention: "adviser" of "a senior Donald Trump adviser". */
const NEXT_WORD = /^\s+([\w'’-]+)/;

/**
 * The words before each whole-word mention of `name` (a regex over the whole copy per name was the hot spot), with
 * the word after it ("" at a punctuation mark or the end).
 */
export function wordsBefore(text: string, name: string): Array<{ before: string; after: string }> {
  const found: Array<{ before: string; after: string }> = [];
  for (const at of textOccurrences(text, name)) {
    if (/[\w]/.test(text[at + name.length] ?? '')) continue;
    let from = Math.max(0, at - 160);
    while (from > 0 && !/\s/.test(text[from - 1]!)) from++;
    // Its match spans seven words at most, none holding a space: tried only from the seventh word back, not at every
    // character of the window (the same leftmost match, as the expression reads nothing before where it starts).
    const window = text.slice(from, at);
    const m = ROLE_BEFORE.exec(window.slice(runsBefore(window, window.length, 7)));
    if (m)
      found.push({
        before: m[1]!,
        after: NEXT_WORD.exec(text.slice(at + name.length, at + name.length + 40))?.[1] ?? '',
      });
  }
  return found;
}
