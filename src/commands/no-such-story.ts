import { cmd, errorReply, type Reply } from '../app/reply';
import { storyIdIn } from '../app/story-id-in';

/**
 * The reply for a story id nothing has ("#99", "99"), as `/brief #99` gives it; undefined for
 * words. "No stored story has “#99” in its title" would send the user hunting titles for a number.
 */
export function noSuchStory(query: string): Reply | undefined {
  const id = storyIdIn(query);
  if (id === undefined) return undefined;
  return errorReply([`There is no story #${id}. See the stories and their numbers with `, cmd('list'), '.']);
}
