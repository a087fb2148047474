import { isBareElliptic } from '../../commands/elliptic-question';
import type { NewsbriefApp } from '../app/newsbrief-app';

/**
 * Whether a thread message that asks nothing on its own ("and when?", "why?") follows a question asked in the thread,
 * so that it is one, asked anew with the new wh-word. The thread's turns are read only for such a message. Before any
 * question it stays what it was: an unaddressed one is left alone, and one said to the bot is told what to ask.
 */
export async function leansOnLastQuestion(
  app: NewsbriefApp,
  text: string,
  threadRef: string | undefined,
): Promise<boolean> {
  if (threadRef === undefined || !isBareElliptic(text)) return false;
  const turns = await app.conversations.threadTurns(threadRef);
  return Boolean(turns.at(-1)?.question);
}
