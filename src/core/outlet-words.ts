/** Outlet words: names that label or sign copy, so they are never speakers. */

/**
 * Words that make a name an outlet's ("Charlotte Observer", "Associated Press", "Durham Daily
 * Press") where it labels or signs words: outlets and credit lines are never speakers. Kept out of
 * ORG_HEADS, which shapes who is who and the speaker ranker's training data.
 */
export const OUTLET_WORDS = new Set(
  `Observer Press Gazette Daily Chronicle Inquirer Enquirer Examiner Courier Sentinel Dispatch
  Bulletin Reuters Agencies`.split(/\s+/),
);
