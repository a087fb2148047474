import type { Analysis } from '../src/core/analysis-types';
import type { CitedSentence } from '../src/store/conversation-repository';
import { type ThreadPronoun, threadPronoun } from './thread-pronoun';
import { type ThreadThey, threadThey } from './thread-they';

/** "what about her?", "and how about them?": the follow-up's subject is a pronoun, not a name. */
const ABOUT_PRONOUN = /^(?:(?:and|but|so|ok|okay)\b[\s,]*)?(?:what|how) about\s+(he|him|she|her|they|them)[\s?!.…]*$/i;

/** Whether the message is a "what about X?" whose X is a pronoun. */
export function isAboutPronoun(message: string): boolean {
  return ABOUT_PRONOUN.test(message.trim());
}

/**
 * "what about her?" read as the thread reads "her" elsewhere (thread-pronoun.ts, thread-they.ts): the one person or
 * body it means, with `question` the message naming them ("what about Lena Voss?"), or `unresolved` with whom it could
 * not tell apart. Taken as a name, "her" was looked for in the article and reported as never mentioned (review s44
 * B-r44-13). Undefined when the message is no such follow-up or the thread reads no pronoun at all.
 */
export function aboutPronoun(
  message: string,
  analysis: Analysis,
  cited: readonly CitedSentence[],
): ThreadPronoun | ThreadThey | undefined {
  const pronoun = ABOUT_PRONOUN.exec(message.trim())?.[1];
  if (!pronoun) return undefined;
  const asked = `what about ${pronoun.toLowerCase()}?`;
  return /^th/i.test(pronoun) ? threadThey(asked, analysis, cited) : threadPronoun(asked, analysis, cited);
}
