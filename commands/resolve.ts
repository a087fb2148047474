import { errorReply, noticeReply } from '../src/app/reply';
import { questionKey } from '../src/scheduler/question-key';
import type { CommandDefinition } from './command-definition';
import { findStory } from './schedule-command-support';

/** `/brief resolve <story> <n>`: open question n (as numbered in the brief) is answered; follow-ups stop asking it. */
export const resolveCommand: CommandDefinition = {
  name: 'resolve',
  description: 'Mark an open question of a story answered, so follow-ups stop asking it',
  usage: '/brief resolve <story> <question number>',
  example: '/brief resolve ferry 2',
  options: [
    { name: 'story', description: 'Words from the story, or #id', required: true },
    { name: 'number', description: 'The open question’s number in the brief', required: true },
  ],
  async run(args, ctx) {
    const match = /^(.+?)\s+#?(\d+)$/.exec(args.trim());
    if (!match) return errorReply('Say which story and which question, e.g. `/brief resolve ferry 2`.');
    const [, story = '', number = ''] = match;
    const article = findStory(story, ctx);
    if (!article) return errorReply(`No stored story matches “${story}”.`);
    const { analysis } = await ctx.app.analyzeStored(article);
    const n = Number(number);
    const question = analysis.questions[n - 1];
    if (!question) {
      const count = analysis.questions.length;
      return errorReply(
        count === 0
          ? `“${article.title}” has no open questions.`
          : `“${article.title}” has ${count} open question${count === 1 ? '' : 's'}: pick 1–${count} (see \`/brief #${article.id}\`).`,
      );
    }
    const fresh = ctx.app.store.schedules.resolveQuestion(article.id, questionKey(question.text), ctx.userId);
    return noticeReply(
      `${fresh ? 'Resolved' : 'Already resolved'}: question ${n} of “${article.title}” — “${question.text}”. Follow-ups will not ask it again.`,
      'channel',
    );
  },
};
