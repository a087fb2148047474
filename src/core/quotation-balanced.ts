/**
 * True when every quotation in the text opens and closes inside it. A sentence the splitter cut out
 * of a longer quotation starts after its opening mark (a closing ” with no “ before it) or stops
 * before its closing mark (an unclosed “, or an odd count of straight quotes); printed on its own it
 * reads as a misquote. Single marks are left out: ’ is far more often an apostrophe.
 */
export function quotationBalanced(text: string): boolean {
  let open = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === '“') open++;
    else if (ch === '”') {
      if (open === 0) return false;
      open--;
    } else if (ch === '"') straight++;
  }
  return open === 0 && straight % 2 === 0;
}
