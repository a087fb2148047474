import { compassPoint } from './compass-point';

/**
 * "Diego Martin North/East", "Couva South/West": two points of the compass joined by a slash are one word, the last of
 * a seat's name (a constituency drawn across two of a town's parts), not two names paired as "Post/ABC" are (audit 61,
 * B-a61-3). The first point runs from `start` to `end`, where the slash stands.
 */
export function compassPair(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 47 || !compassPoint(text.slice(start, end))) return false;
  const next = /^[A-Za-z-]+/.exec(text.slice(end + 1, end + 24));
  return next !== null && compassPoint(next[0]);
}
