import { asksAboutBot } from '../../commands/asks-about-bot';
import { isChitChat } from '../core/is-chit-chat';
import { isThreadQuestion } from '../core/is-thread-question';

/** Chit-chat that opens a conversation, so the one line of help is welcome ("hello", "morning all"). */
const GREETING = /^(?:hi|hiya|hello|hey|howdy|morning|afternoon|evening|good (?:morning|afternoon|evening|day))\b/i;

/**
 * What a message addressed to the bot outside any brief's thread asks for: "@newsbrief ferry" is
 * a story search (`/brief ferry`), "@newsbrief who paid?" a question about no story in particular,
 * "@newsbrief hello" a greeting, "@newsbrief what can you do?" the help (a command); thanks and
 * acknowledgements ask for nothing (undefined). One or two words that read as a question only by
 * their mark ("flynn?", "ferry contract?") are a search.
 */
export function addressedOutsideBrief(text: string): 'command' | 'question' | 'greeting' | undefined {
  const trimmed = text.trim();
  // A bare mention, or a question about the bot ("what can you do?"), is a command: it gets the help.
  if (asksAboutBot(trimmed)) return 'command';
  if (trimmed && isChitChat(trimmed)) return GREETING.test(trimmed) ? 'greeting' : undefined;
  if (!isThreadQuestion(trimmed)) return 'command';
  const unmarked = trimmed.replace(/\?+\s*$/, '');
  if (unmarked.split(/\s+/).length <= 2 && !isThreadQuestion(unmarked)) return 'command';
  return 'question';
}
