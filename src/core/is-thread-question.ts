import { isChitChat } from './is-chit-chat';

/**
 * Whether a message in a brief's thread asks the bot something. Colleagues also talk to each other
 * there ("thanks!", "worth a call tomorrow", "@sam can you ring her?"); only questions, or messages
 * addressed to the bot, get an answer, so the thread is not flooded with "the article doesn't say".
 */
export interface ThreadMessageContext {
  /** The message mentions the bot (an @-mention): it is addressed to it whatever its shape. */
  addressedToBot?: boolean;
}

const WH_WORD = /^(?:who|whom|whose|what|when|where|why|how|which)(?:['’](?:s|re|d|ll))?\b/i;
/** "what a day", "how nice": exclamations, not questions. */
const EXCLAMATION = /^(?:what an?|how (?:nice|cool|great|sad|funny|awful|odd|weird|strange|lovely|annoying))\b/i;
const AUXILIARY =
  /^(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|shall|may|might|must)\s+(\S+)/i;
/** An auxiliary opens a question only when a subject follows: "did the trust…", not "will do", "can't wait". */
const SUBJECT =
  /^(?:i|you|he|she|it|we|they|the|a|an|this|that|these|those|there|any|anyone|anybody|anything|someone|somebody|something|his|her|their|its|our|my|your|all|both|either|neither|each|every|no|[A-Z][\w’'.-]*)$/;
/** "Sam, can you call her?": a colleague addressed by name (a bare first name then a comma). */
const VOCATIVE = /^([A-Z][a-z]+),\s/;
/** Words that open a sentence with a comma without addressing anyone ("So, who …", "Sorry, when …"). */
const DISCOURSE = new Set(
  'so ok okay well also and but then now right yes no sure sorry actually wait quick question btw please thanks hi hey hello'.split(
    ' ',
  ),
);

function addressesColleague(text: string): boolean {
  const name = VOCATIVE.exec(text)?.[1];
  return name !== undefined && !DISCOURSE.has(name.toLowerCase()) && !WH_WORD.test(name);
}
/** A mention of a person: Slack <@U123>, Discord <@123> / <@!123>, or a plain @name. */
const PERSON_MENTION = /<@[!&]?[\w]+>|(?:^|\s)@[\w.-]+/;
/**
 * A ping of the whole channel (Slack's <!here> arrives as "@here"; Discord's @everyone as typed): the bot is one of
 * those asked, so a question with one is no note to a colleague ("who is Flynn's attorney? @here"). The ping must end
 * at a space or punctuation: "@channel-desk" or "@here.now" is a colleague's handle, not the whole channel.
 */
const EVERYONE = /(?:^|\s)@(?:here|channel|everyone)(?=[\s?!.,;:]*(?:\s|$))/gi;

/**
 * Words that ask nothing of the story said alone ("really?", "huh?", "why?", "wait what?"): a
 * reaction, or a question word with no question. Answered, each got "the article doesn't say".
 */
const ASKS_NOTHING =
  /^(?:(?:really|huh|eh|hm+|er+m?|uh|um|oh|ah|wow|whoa|wait|sorry|pardon|seriously|so|and|but|who|what|when|where|why|how|which)(?:[\s?!.,…]+|$))+$/i;

/** Whether a message has nothing to look up: no letter or digit at all ("?", "?!"), or only reactions and bare question words. */
export function asksNothing(text: string): boolean {
  const trimmed = text.replace(PERSON_MENTION, ' ').trim();
  return !/[\p{L}\p{N}]/u.test(trimmed) || ASKS_NOTHING.test(trimmed);
}

export function isThreadQuestion(text: string, context: ThreadMessageContext = {}): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  // A mistyped slash command ("/breif flynn") is not a question about the story.
  if (trimmed.startsWith('/')) return false;
  // "@newsbrief thanks!" is still thanks, not a question about the story.
  if (isChitChat(trimmed.replace(PERSON_MENTION, ' '))) return false;
  if (asksNothing(trimmed)) return false;
  if (context.addressedToBot) return true;
  // A note to a colleague ("@sam can you call her?") is theirs to answer, not the bot's.
  const toWhom = trimmed.replace(EVERYONE, ' ').trim();
  if (PERSON_MENTION.test(toWhom) || addressesColleague(toWhom)) return false;
  if (/\?\s*$/.test(trimmed)) return true;
  if (WH_WORD.test(trimmed)) return !EXCLAMATION.test(trimmed) && trimmed.split(/\s+/).length >= 2;
  const auxiliary = AUXILIARY.exec(trimmed);
  if (!auxiliary) return false;
  const next = auxiliary[1]!.replace(/[^\w’'.-]+$/, '');
  return SUBJECT.test(next) && !/n['’]t$/i.test(trimmed.split(/\s+/)[0]!);
}
