import { buildBriefReply, buildNotFoundReply } from '../src/app/build-brief-reply';
import { isThreadQuestion } from '../src/core/is-thread-question';
import type { CommandDefinition } from './command-definition';
import { answerLooseQuestion } from './loose-question';
import { storyNamedInQuestion } from './story-named-in-question';

/** `/brief <query>`: the best-matching stored story, briefed; other matches listed. */
export const briefCommand: CommandDefinition = {
  name: '',
  description: 'Brief the best-matching stored story: summary, key quotes, open questions, who is who',
  usage: '<words from the story | #id>',
  example: 'ferry',
  options: [
    { name: 'query', description: 'Words from the story, or #id from a list', required: true, suggest: 'stories' },
  ],
  async run(args, ctx) {
    // "#12 who paid?", "who paid in #12?", "12 who paid?": a question about story 12, answered from
    // it, as the same words said to the bot are; "#12" alone (or "#12?", "#12 ?") asks nothing, so
    // it is the brief.
    const named = await storyNamedInQuestion(args, ctx);
    if (named && /\p{L}/u.test(named.question) && isThreadQuestion(named.question))
      return answerLooseQuestion(args, ctx);
    const result = await ctx.app.briefStory(named && !/[\p{L}\p{N}]/u.test(named.question) ? `#${named.id}` : args);
    return result.kind === 'found' ? buildBriefReply(result) : buildNotFoundReply(result);
  },
};
