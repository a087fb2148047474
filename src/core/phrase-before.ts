import { gateWindow } from './gate-window';

/** A clause's edge: what stands before it is no part of the word's phrase. */
const EDGE = /[,;:.!?()"“”—–]/g;

/**
 * The stretch before a word back to its clause's edge (a comma, a stop, a bracket, a quotation mark or a dash), at most
 * 48 characters: where its modifiers and governing verb stand ("when he insisted on paying his hotel " before "bill").
 */
export function phraseBefore(text: string, at: number): string {
  const window = gateWindow.before(text, at, 48);
  let edge = 0;
  for (const m of window.matchAll(EDGE)) edge = m.index + 1;
  return window.slice(edge);
}
