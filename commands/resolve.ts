import { questionKey } from '../src/app/question-key';
import { cmd, errorReply, noticeReply, type Reply } from '../src/app/reply';
import { vagueQuery } from '../src/app/vague-query';
import type { StoredArticle } from '../src/store/article-repository';
import type { CommandContext, CommandDefinition } from './command-definition';
import { noSuchStory } from './no-such-story';

/** `/brief resolve <story> <n>`: open question n (as numbered in the brief) is answered; follow-ups stop asking it. */
export const resolveCommand: CommandDefinition = {
  name: 'resolve',
  description: 'Mark an open question of a story answered, so follow-ups stop asking it',
  usage: '<#id | words from the title> <question number>',
  example: 'ferry 2',
  changesChannel: true,
  options: [
    { name: 'story', description: 'The story’s #id, or words from its title', required: true, suggest: 'stories' },
    { name: 'number', description: 'The open question’s number in the brief', required: true },
  ],
  async run(args, ctx) {
    // The number as people type it: "2", "2.", "#2", "q2", "question 2" — never left to the title search.
    const match = /^(.+?)\s+(?:#|q|question\s*)?(\d+)[.!]?$/i.exec(args.trim());
    // Only function words ("resolve the 2") name no story: the title search resolved a question
    // of whichever story had "the" in its title. Asked as /brief the is.
    const storyWords = match?.[1] ?? args.trim();
    if (vagueQuery(storyWords))
      return errorReply([
        `Which story? “${storyWords.slice(0, 40)}” is too vague: give its #id or words from its title, e.g. `,
        cmd('resolve', 'ferry 2'),
        '. Nothing was resolved.',
      ]);
    if (!match) {
      // "resolve ferry": the story is named, the number forgotten; show what there is to pick from.
      const named = args.trim() && !/^\d+$/.test(args.trim()) ? await ctx.app.findStoryByTitle(args) : undefined;
      if (named) return whichQuestion(named, ctx);
      if (args.trim() && !/^\d+$/.test(args.trim()))
        // The retry lists the story's questions: a guessed "1" resolved a question nobody picked.
        return noSuchStory(args.trim(), ctx, { searched: 'titles', retry: (id) => cmd('resolve', `#${id}`) });
      return errorReply(['Say which story and which question, e.g. ', cmd('resolve', 'ferry 2'), '.']);
    }
    const [, story = '', number = ''] = match;
    // By id or title words only: a word found somewhere in an article's body could pick the
    // wrong story, and this changes what every follow-up of it asks.
    const article = await ctx.app.findStoryByTitle(story);
    if (!article) {
      // "resolve ferry 2 3": two question numbers, not a story titled "ferry 2".
      const several = /^(.+?)((?:\s+\d+)+)$/.exec(story);
      if (several && (await ctx.app.findStoryByTitle(several[1]!))) {
        return errorReply(['One question at a time, e.g. ', cmd('resolve', `${several[1]} ${number}`), '.']);
      }
      return noSuchStory(story, ctx, { searched: 'titles', retry: (id) => cmd('resolve', `#${id} ${number}`) });
    }
    const outcome = await ctx.app.resolveQuestion(article, Number(number), ctx.userId);
    if (outcome.kind === 'no-such-question') {
      const { count } = outcome;
      if (count === 0) return errorReply(`“${article.title}” (#${article.id}) has no open questions.`);
      const { questions, resolvedQuestions } = await ctx.app.storyQuestions(article);
      const resolved = new Set(resolvedQuestions);
      const open = questions.filter((q) => !resolved.has(questionKey(q.text))).length;
      return errorReply([
        `“${article.title}” (#${article.id}) has ${count} question${count === 1 ? '' : 's'} (${open} still open): pick 1–${count} (see `,
        cmd('', `#${article.id}`),
        ').',
      ]);
    }
    return noticeReply(
      `${outcome.kind === 'resolved' ? 'Resolved' : 'Already resolved'}: question ${outcome.n} of “${article.title}” (#${article.id}) — ${asQuoted(outcome.question)} Briefs mark it resolved and follow-ups stop asking it.`,
      'channel',
    );
  },
};

/** The story's open questions, numbered as in its brief, each with the command that resolves it. */
async function whichQuestion(article: StoredArticle, ctx: CommandContext): Promise<Reply> {
  // The questions alone: a whole brief (its search, who is who) only to number them cost up to a second.
  const { questions, resolvedQuestions } = await ctx.app.storyQuestions(article);
  if (questions.length === 0) return errorReply(`“${article.title}” (#${article.id}) has no open questions.`);
  const resolved = new Set(resolvedQuestions);
  return {
    kind: 'notice',
    visibility: 'ephemeral',
    sections: [
      {
        style: 'paragraph',
        items: [{ text: `Which question? Open questions of “${article.title}” (#${article.id}):` }],
      },
      {
        style: 'numbered',
        items: questions.map((q, i) =>
          resolved.has(questionKey(q.text))
            ? { text: q.text, note: 'resolved' }
            : { text: q.text, command: cmd('resolve', `#${article.id} ${i + 1}`) },
        ),
      },
    ],
  };
}

/**
 * The question in quotation marks, unless it carries its own: "Not known: “Brightwater Marine
 * declined…”" wrapped again ended in ”” and read as a typo. Ends in one full stop, not “…?”.
 */
function asQuoted(question: string): string {
  const shown = /["“”]/.test(question) ? question : `“${question}”`;
  return /[.?!…]["”’]?$/.test(shown) ? shown : `${shown}.`;
}
