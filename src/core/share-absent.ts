import type { Analysis } from './analysis-types';

/** "What share of Latino voters…?", "what percentage…", "how big a share…": the wh-phrase asks for a part of a whole. */
const ASKS_SHARE =
  /\b(?:what|which)\s+(?:share|percentage|proportion|fraction|percent|%)\b|\bhow (?:big|large|small) (?:of )?an? (?:share|percentage|proportion)\b/i;

/**
 * A part of a whole: a percentage ("40 percent", "62%", "Sixty-two percent"), a fraction ("half", "two-thirds", "a
 * quarter"), a majority or minority, "N in/out of M" ("six in 10", "one in five"), a quantifier over the whole ("most
 * of", "all of", "none of").
 */
const SHARE =
  /%|\bper ?cent(?:age)?s?\b|\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|majority|minority|unanimous(?:ly)?)\b|\b(?:most|all|none|nearly all|almost all) of\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:in|out of) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|every)\b/i;

export const asksShare = (question: string): boolean => ASKS_SHARE.test(question);
export const givesShare = (text: string): boolean => SHARE.test(text);

/**
 * "What share of Latino voters did Cruz win?" over "Rubio and Cruz … represent a watershed moment": a sentence giving
 * no part of any whole cannot say what share. Read on the 808 train questions (session 44, ans60): of the nine
 * share questions, the three answered over a sentence with no share were all unanswerable, and every right answer
 * gave a percentage.
 */
export function shareAbsent(analysis: Analysis, best: number, question: string): string | undefined {
  if (!asksShare(question) || givesShare(analysis.sentences[best]!.text)) return undefined;
  return 'The article gives no share or percentage for it.';
}
