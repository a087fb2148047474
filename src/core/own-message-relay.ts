import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { messageNoun } from './message-noun';

/** "the messages", "the emails", "those texts": a definite message noun and nothing after it (no "from …", "of …"). */
const DEFINITE_MESSAGE = /^(?:the|those|these)\s+([a-z]+)[.!?]?\s*$/i;

/** A reporting verb that says the subject sent the words in writing or in reply: the messages are the subject's own. */
const SENT = /^(?:replied|responded|answered|wrote|texted|emailed|e-mailed|messaged)$/i;

/**
 * Whether an "according to" relay is the tag's subject's own messages: `Chief executive Marco Lind replied the same
 * day that the company "cannot wait any longer," according to the messages.` The subject replied or wrote, and "the
 * messages" point back to what was sent, so the words are the subject's (issue 11, sp71's leftover). A relay of
 * messages from someone else ("the messages from his lawyer", "messages seen by the Herald") names its maker and
 * stays a relay; so does one after "said" ("Lee said, according to the emails" may quote Lee's words in another's).
 */
export function ownMessageRelay(item: QuoteItem, sentences: readonly Sentence[], relay: string): boolean {
  const noun = DEFINITE_MESSAGE.exec(relay.trim())?.[1];
  const tag = item.tag;
  if (!noun || !messageNoun(noun.toLowerCase()) || !tag || tag === 'untagged-colon' || tag.kind !== 'phrase')
    return false;
  const head = item.segments[0]!;
  const sentence = sentences[head.startSentence]!;
  const after = item.tagIsAfter
    ? sentence.text.slice(Math.max(0, tag.end - sentence.start), tag.end - sentence.start + 40)
    : sentence.text.slice(Math.max(0, tag.end - sentence.start), head.start - sentence.start);
  const before = item.tagIsAfter ? sentence.text.slice(0, Math.max(0, tag.start - sentence.start)) : '';
  const verb = /^\s*(\p{Ll}+)/u.exec(after)?.[1] ?? /(\p{Ll}+)\s*$/u.exec(before)?.[1];
  return verb !== undefined && SENT.test(verb);
}
