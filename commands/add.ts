import { cmd, noticeReply } from '../src/app/reply';
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
    const id = outcome.articleIds[0]!;
    // The confirmation opens the new story's question thread, as a brief does: a question asked
    // right after adding is about this article, not the last one briefed.
    return {
      ...noticeReply(
        [`${outcome.message} Reply in this thread to ask about it, or brief it with `, cmd('', `#${id}`), '.'],
        'channel',
      ),
      threadArticleId: id,
    };
  },
};
