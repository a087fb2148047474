import { buildBriefReply, buildNotFoundReply } from '../app/build-brief-reply';
import { leadingStoryId } from '../app/leading-story-id';
import { isThreadQuestion } from '../core/is-thread-question';
import type { CommandDefinition } from './command-definition';
import { answerLooseQuestion } from './loose-question';

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
    // "#12 who paid?": a question about story 12, answered from it, as `@newsbrief #12 who paid?` is.
    if (leadingStoryId(args) !== undefined && isThreadQuestion(args.trim().replace(/^\S+\s+/, '')))
      return answerLooseQuestion(args, ctx);
    const result = await ctx.app.briefStory(args);
    return result.kind === 'found' ? buildBriefReply(result) : buildNotFoundReply(result);
  },
};
