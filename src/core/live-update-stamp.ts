/**
 * "Update 1.15pm: The RAC said …", "11.40am: The spokesman said …": a live page's time stamp opening a paragraph is its
 * header, no part of the subject after it (audit 59, B-a59-15: speaker "Update 1.15pm: The RAC"). The length of the
 * stamp and its colon at the start of `text`, or 0.
 */
const STAMP = /^(?:(?:update|updated)\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?:\s+[A-Z]{2,4})?\s*:\s+/i;

export function liveUpdateStamp(text: string): number {
  return STAMP.exec(text)?.[0].length ?? 0;
}
