import { hitItem } from '../app/build-brief-reply';
import { cmd, errorReply, noticeReply, type Reply } from '../app/reply';
import type { CommandDefinition } from './command-definition';

const LISTED = 15;

/** `/brief list`: the most recently added stories, each with the `#id` that briefs it. */
export const listCommand: CommandDefinition = {
  name: 'list',
  description: 'The most recently added stories, with their ids',
  usage: '',
  example: '',
  options: [],
  async run(args, ctx): Promise<Reply> {
    if (args.trim())
      return errorReply(['“list” takes nothing after it. To find a story, use ', cmd('', '<words>'), '.']);
    const recent = await ctx.app.recentStories(LISTED);
    if (recent.length === 0)
      return noticeReply(['No stories are stored yet. Add one with ', cmd('add', '<link or pasted text>'), '.']);
    return {
      kind: 'list',
      visibility: 'ephemeral',
      title: `Recent stories (${recent.length} of ${await ctx.app.storyCount()})`,
      sections: [{ style: 'bullets', items: recent.map(hitItem) }],
      footer: ['Brief one with ', cmd('', '#<id>')],
    };
  },
};
