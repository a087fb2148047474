/** How far a quotation's marks are looked for on each side: a long quotation is a paragraph at most. */
const REACH = 600;

/**
 * Whether the copy's character at `at` stands between an opening and a closing quote mark, read from the nearest mark
 * on each side ("a hater of Donald Trump, a hater," he said). Read locally, not by counting marks from the top: a
 * quotation left open at a paragraph's end and re-opened in the next would turn every later count inside out.
 */
export function withinQuote(text: string, at: number): boolean {
  let open = -1;
  for (let i = at - 1; i >= Math.max(0, at - REACH); i--)
    if (isMark(text.charCodeAt(i))) {
      open = i;
      break;
    }
  if (open < 0 || !opens(text, open)) return false;
  for (let i = at; i < Math.min(text.length, at + REACH); i++) if (isMark(text.charCodeAt(i))) return closes(text, i);
  return false;
}

function isMark(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d;
}

/** “ always opens; a straight mark opens after a space, a bracket or a dash and before a word. */
function opens(text: string, i: number): boolean {
  if (text[i] === '\u201c') return true;
  return text[i] === '"' && /^[\s([—–-]?$/.test(text[i - 1] ?? '') && /[^\s,.;:!?)]/.test(text[i + 1] ?? ' ');
}

/** ” always closes; a straight mark closes after a word or a stop and before a space, a stop or the end. */
function closes(text: string, i: number): boolean {
  if (text[i] === '\u201d') return true;
  return text[i] === '"' && /\S/.test(text[i - 1] ?? ' ') && /^(?:[\s,.;:!?)—–-]|$)/.test(text.slice(i + 1, i + 2));
}
