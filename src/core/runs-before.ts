import { spaceChar } from './space-char';

/**
 * Where the `count`th run of non-space characters before `end` starts (0 when the text holds fewer): a pattern made
 * of at most that many words, each free of whitespace, cannot start before it, so it need only be run from there.
 */
export function runsBefore(text: string, end: number, count: number): number {
  let at = end;
  for (let k = 0; k < count && at > 0; k++) {
    while (at > 0 && spaceChar(text.charCodeAt(at - 1))) at--;
    while (at > 0 && !spaceChar(text.charCodeAt(at - 1))) at--;
  }
  return at;
}
