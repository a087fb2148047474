import { cmd, noticeReply } from '../app/reply';
import type { CommandDefinition } from './command-definition';

/** `/brief add <url or pasted text>`: stores an article once; says whether it was new. */
export const addCommand: CommandDefinition = {
  name: 'add',
  description: 'Add an article from a link or pasted text',
  usage: '<link | pasted article text>',
  example: 'https://example.com/2026/11/council-budget',
  options: [{ name: 'article', description: 'A link to the article, or its full text', required: true }],
  async run(args, ctx) {
    const outcome = await ctx.app.addArticle(args, ctx.userId);
    if (!outcome.ok) return noticeReply(outcome.message, 'ephemeral');
    return noticeReply([`${outcome.message} Brief it with `, cmd('', `#${outcome.articleIds[0]}`), '.'], 'channel');
  },
};
