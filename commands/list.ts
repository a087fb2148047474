import { hitItem } from '../src/app/build-brief-reply';
import { cmd, errorReply, type Inline, noticeReply, type Reply } from '../src/app/reply';
import type { CommandDefinition } from './command-definition';
import { LISTED } from './list-page';

/** `/brief list [page]`: the most recently added stories, each with the `#id` that briefs it. */
export const listCommand: CommandDefinition = {
  name: 'list',
  description: 'The most recently added stories, with their ids',
  usage: '[page]',
  example: '2',
  options: [{ name: 'page', description: 'A page of older stories: 2 lists the 16th to the 30th', required: false }],
  async run(args, ctx): Promise<Reply> {
    const typed = args.trim();
    if (typed && !/^\d{1,6}$/.test(typed))
      return errorReply([
        `“list” takes only a page number (`,
        cmd('list', '2'),
        `), not “${typed.slice(0, 80)}”. To find a story, use `,
        cmd('', '<words>'),
        '.',
      ]);
    const page = typed ? Number(typed) : 1;
    const total = await ctx.app.storyCount();
    if (total === 0)
      return noticeReply(['No stories are stored yet. Add one with ', cmd('add', '<link or pasted text>'), '.']);
    const pages = Math.ceil(total / LISTED);
    if (page < 1 || page > pages) {
      const stories = `${total} ${total === 1 ? 'story' : 'stories'}`;
      const range = pages === 1 ? 'there is only page 1' : `pages run from 1 to ${pages}`;
      return errorReply([`There is no page ${page}: ${range} (${stories}, ${LISTED} a page). Try `, cmd('list'), '.']);
    }
    const first = (page - 1) * LISTED;
    const recent = await ctx.app.recentStories(LISTED, first);
    const shown = page === 1 ? recent.length : `${first + 1}–${first + recent.length}`;
    const footer: Inline[] = ['Brief one with ', cmd('', '#<id>')];
    if (page < pages) footer.push(' · older ones: ', cmd('list', String(page + 1)));
    return {
      kind: 'list',
      visibility: 'ephemeral',
      title: `Recent stories (${shown} of ${total})`,
      sections: [{ style: 'bullets', items: recent.map(hitItem) }],
      footer,
    };
  },
};
