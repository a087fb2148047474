import { buildBriefReply, buildNotFoundReply, hitItem } from '../src/app/build-brief-reply';
import { cmd, noticeReply, type Reply, type ReplySection, said } from '../src/app/reply';
import { asksAboutBot } from './asks-about-bot';
import type { CommandContext } from './command-definition';
import { noSuchStory } from './no-such-story';
import { storyNamedInQuestion } from './story-named-in-question';
import { threadHelp } from './thread-help';
import { wholeStoryReply } from './whole-story-reply';

const CANDIDATES = 3;
/** How much of the question the hint repeats in its example. */
const EXAMPLE_CHARS = 80;

/**
 * A question put to the bot outside any brief's thread ("@newsbrief who paid?"): no brief says
 * which story it is about. Named by its id, the question is answered from that story, which the
 * answer names; otherwise one short private reply says how to ask, with the stories its words
 * match, rather than a whole brief of whichever story the words happen to find.
 */
export async function answerLooseQuestion(text: string, ctx: CommandContext): Promise<Reply> {
  const named = await storyNamedInQuestion(text, ctx);
  if (named) {
    const { id, question } = named;
    // "#12 ?" asks nothing: the brief. "#12 what can you do?" asks about the bot, with a story in view.
    if (!/[\p{L}\p{N}]/u.test(question)) {
      const result = await ctx.app.briefStory(`#${id}`);
      return result.kind === 'found' ? buildBriefReply(result) : buildNotFoundReply(result);
    }
    if (asksAboutBot(question, { inThread: true })) return threadHelp(id, { inThread: false });
    const answer = await ctx.app.answerAbout(id, question);
    if (!answer) return noSuchStory(`#${id}`, ctx, { searched: 'stories' });
    return {
      ...(await wholeStoryReply(question, answer, ctx.app)),
      title: answer.article.title,
      ...(answer.article.url ? { url: answer.article.url } : {}),
      footer: [`From story #${id}. Ask more in the thread of its brief: `, cmd('', `#${id}`)],
    };
  }
  const hits = await ctx.app.suggestStories(text, CANDIDATES);
  if (hits.length === 0 && (await ctx.app.storyCount()) === 0)
    return noticeReply(['No stories are stored yet, so none to answer from. Add one with ', cmd('add', '<link>'), '.']);
  // An id typed that names no story ("#1234567890 who paid?") is not echoed after another one.
  const asked = text.trim().replace(/^\(?#\d+\)?[.,;:]?\s+/, '');
  const example = `#${hits[0]?.id ?? '<id>'} ${asked.slice(0, EXAMPLE_CHARS)}`;
  const sections: ReplySection[] = [
    {
      style: 'paragraph',
      items: [
        said(
          'Which story? Ask in the thread of its brief (',
          cmd('', '<words>'),
          ' posts one), or mention me with its id in the question: “',
          example,
          '”.',
        ),
      ],
    },
  ];
  if (hits.length > 0)
    sections.push({ heading: 'Stories its words match', style: 'bullets', items: hits.map(hitItem) });
  else sections.push({ style: 'paragraph', items: [said('Ids are in ', cmd('list'), '.')] });
  return { kind: 'notice', visibility: 'ephemeral', sections };
}

/** The one line a greeting gets: how to start. */
export function greetingHint(): Reply {
  return noticeReply([
    'Hello! Brief a story with ',
    cmd('', '<words>'),
    ', then ask about it in the brief’s thread; ',
    cmd('help'),
    ' lists the rest.',
  ]);
}
