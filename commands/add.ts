import { noticeReply } from '../src/app/reply';
import type { CommandDefinition } from './command-definition';

/** `/brief add <url or pasted text>`: stores an article once; says whether it was new. */
export const addCommand: CommandDefinition = {
  name: 'add',
  description: 'Add an article from a link or pasted text',
  usage: '/brief add <link | pasted article text>',
  example: '/brief add https://example.com/2026/11/council-budget',
  options: [{ name: 'article', description: 'A link to the article, or its full text', required: true }],
  async run(args, ctx) {
    const outcome = await ctx.app.addArticle(args, ctx.userId);
    const hint = outcome.ok ? ` Brief it with \`/brief #${outcome.articleIds[0]}\`.` : '';
    return noticeReply(outcome.message + hint, outcome.ok ? 'channel' : 'ephemeral');
  },
};
