import { cmd, errorReply, noticeReply } from '../src/app/reply';
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
    // The store failed, not the article: said plainly, without the store's own error (logged, and
    // about servers a newsroom user cannot fix), as the CLI's "NOT INGESTED … run again" does.
    if (outcome.store) return errorReply(storeFailure(outcome.store, /^<?https?:\/\//i.test(args.trim())));
    if (!outcome.ok) return noticeReply(outcome.message, 'ephemeral');
    const id = outcome.articleIds[0]!;
    // The confirmation opens the new story's question thread, as a brief does: a question asked
    // right after adding is about this article, not the last one briefed.
    return {
      ...noticeReply(
        [
          `${outcome.message}${outcome.warning ? ` Note: ${outcome.warning}.` : ''} Reply in this thread to ask about it, or brief it with `,
          cmd('', `#${id}`),
          '.',
        ],
        'channel',
      ),
      threadArticleId: id,
    };
  },
};

function storeFailure(store: 'unavailable' | 'damaged', link: boolean): string {
  const what = link ? 'the link' : 'your text';
  return store === 'unavailable'
    ? `Not added: newsbrief could not store it just now (its database is unavailable). Nothing is wrong with ${what}: add it again in a minute.`
    : `Not added: newsbrief's database is damaged. Nothing is wrong with ${what}: ask whoever runs newsbrief to restore the database, then add it again.`;
}
