import { buildBriefReply, buildNotFoundReply } from '../app/build-brief-reply';
import type { CommandDefinition } from './command-definition';

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
    const result = await ctx.app.briefStory(args);
    return result.kind === 'found' ? buildBriefReply(result) : buildNotFoundReply(result);
  },
};
