import { gateWindow } from './gate-window';
import { messageHead } from './message-head';

/**
 * "Francis' message is to call on all Christians to be more Christian", "the charity's message was to call on the
 * council to …": an infinitive that is the content of a message (a subject whose head WordNet files as a message,
 * noun.communication, before a copular "is/was to") says what the message is, not that anyone called on someone to
 * act or that anything is scheduled, so nothing is left for the story to wait on (sample 53's #32). `at` is where the
 * infinitive's verb starts. A person or body before "is to" ("The minister is to call on councils to …", the "is to"
 * of a plan) names no message and is read as before.
 */
export function messageContentCall(text: string, at: number): boolean {
  const subject = COPULAR_TO.exec(gateWindow.before(text, at, 80))?.[1];
  if (subject === undefined) return false;
  const words = subject.replace(/^.*\b(?:that|which|and|but)\s+/i, '').split(/\s+/);
  return messageHead(words.map((w) => w.replace(/['’]s?$/, ''))) !== null;
}

/** A noun phrase of up to four words with no clause break, then "is/was to" right before the infinitive's verb. */
const COPULAR_TO =
  /(?:^|[,;:]\s*|\s)((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s+(?:is|was|are|were)\s+(?:simply\s+|merely\s+|now\s+)?to\s*$/u;
