import { type CommandRef, cmd, commandLine } from '../app/reply';
import { storyIdIn } from '../app/story-id-in';
import { type StoryNotFoundInput, storyNotFound } from '../app/story-not-found';
import { renderConsoleReply } from '../platforms/console/render-console-reply';

/**
 * "No story matches" at a shell: the reply every command gives, with the commands in CLI forms
 * (`newsbrief brief 1`, `newsbrief ingest`) instead of chat ones (`/brief #1`, `/brief add`).
 * `retry` names a CLI command (`cmd('brief', '1')`); ids go bare, since `#` starts a shell comment.
 */
export function cliNotFound(input: Omit<StoryNotFoundInput, 'list' | 'add' | 'searched'>): string {
  const reply = storyNotFound({
    ...input,
    searched: 'stories',
    list: cmd('list'),
    add: cmd('ingest', '<file | folder | url>'),
  });
  // A shell error reads as consecutive lines; the chat's blank lines between paragraphs would spread it out.
  return `${renderConsoleReply(reply, shellCommand).replace(/\n\n+/g, '\n')}\n`;
}

const shellCommand = (ref: CommandRef) => commandLine(ref, 'newsbrief');

/** A bare number (or #number) names a story by id, as `list` shows them. */
export function cliStoryQuery(words: string): string {
  const id = storyIdIn(words);
  return id ? `#${id}` : words.trim();
}
