import type { Quote } from '../core/analysis-types';
import { kindNote } from '../core/passage-item';
import { localDateOf } from '../schedule/daily-slots';
import { formatSlot } from '../schedule/format-slot';
import { daysBetween } from '../schedule/zoned-time';
import type { Schedule } from '../store/schedule-repository';
import type { PostBuilderDeps } from './build-digest-reply';
import { headlineTitle } from './headline-title';
import type { ScheduledPostInput } from './newsbrief-app';
import { openQuestionsFor } from './open-questions';
import { cmd, type Reply, type ReplyItem, type ReplySection, said } from './reply';
import { isOnTheStory } from './story-relevance';

const MAX_NEW = 5;
/** The newest stories since the last post weighed as news on the story (each reads its stored analysis). */
const MAX_BY_ID = 300;

/**
 * "Day 3 of the flynn story": the questions still open, what arrived since the last post (new
 * matching articles, their quotes, answers they may give), and a prompt to reply in the thread.
 */
export async function buildFollowUpReply(input: ScheduledPostInput, app: PostBuilderDeps): Promise<Reply> {
  const { schedule } = input;
  const article = schedule.articleId === null ? undefined : await app.store.articles.get(schedule.articleId);
  if (!article) {
    return {
      kind: 'notice',
      visibility: 'channel',
      sections: [
        {
          style: 'paragraph',
          items: [
            said(
              `The story followed by schedule s${schedule.id} is no longer stored, so this follow-up stops here. Remove it with `,
              cmd('unfollow', `s${schedule.id}`),
              ', or follow another story.',
            ),
          ],
        },
      ],
    };
  }
  const { analysis } = await app.analyzeStored(article);
  const open = await openQuestionsFor(article.id, analysis.questions, app.store.schedules);
  const startedAt = Date.parse(article.publishedAt ?? '') || Date.parse(article.ingestedAt);
  const day = daysBetween(localDateOf(startedAt, schedule.timezone), localDateOf(input.slot, schedule.timezone)) + 1;
  // Followed by id (no words stored): the story's title as it is today, not as it was then.
  const title = headlineTitle(analysis.title || article.title, article.text);
  const story = schedule.query ?? title;
  const intro =
    open.length > 0
      ? `Day ${day} of the “${story}” story: ${open.length === 1 ? 'one question is' : `${open.length} questions are`} still open.`
      : `Day ${day} of the “${story}” story: every open question is marked resolved.`;
  const sections: ReplySection[] = [{ style: 'paragraph', items: [{ text: intro + lateNote(input, schedule) }] }];
  if (open.length > 0) {
    sections.push({
      heading: 'Still open',
      style: 'bullets',
      items: open.map(({ n, question }) => ({
        text: `${n}. ${question.text}`,
        // The command says what it does; a "resolve with" note before it read "(resolve with) /brief resolve …".
        ...(kindNote(question) ? { note: kindNote(question) } : {}),
        command: cmd('resolve', `#${article.id} ${n}`),
      })),
    });
  }

  const newer = (await app.store.articles.ingestedSince(input.since)).filter(
    (hit) => hit.id !== article.id && Date.parse(hit.ingestedAt) <= input.slot,
  );
  // Followed by words: stories the search finds for them. Followed by id there are no words to
  // search — every word of the title required missed a newer headline on the story — so each story
  // since the last post (the newest MAX_BY_ID) is weighed by the overlap below alone.
  let candidates = newer;
  if (schedule.query !== null) {
    // Looked for among the newer stories only: a capped search of the whole store ranked a long
    // story's many older matches first and lost the new ones.
    const matching = new Set(
      await app.store.articles.matchingAmong(
        schedule.query,
        newer.map((h) => h.id),
      ),
    );
    candidates = newer.filter((h) => matching.has(h.id));
  }
  // A search hit can share one word with the story; only real overlap counts as news on it.
  // Newest first, as the digest lists them: on a busy story the cut hides the oldest, and every
  // candidate is weighed (at most MAX_BY_ID, all a quiet story's were before) so the cut is counted.
  const fresh: { hit: (typeof newer)[number]; analysis: typeof analysis }[] = [];
  let more = 0;
  for (const hit of candidates.slice(-MAX_BY_ID).reverse()) {
    const stored = await app.store.articles.get(hit.id);
    if (!stored) continue;
    const candidate = await app.analyzeStored(stored);
    if (!isOnTheStory({ title: article.title, analysis }, { title: stored.title, analysis: candidate.analysis }))
      continue;
    if (fresh.length < MAX_NEW) fresh.push({ hit, analysis: candidate.analysis });
    else more++;
  }
  const older = input.countedFrom ? await olderNote(input.countedFrom, input.since, app) : [];
  if (fresh.length === 0) {
    sections.push({
      heading: 'Since the last post',
      style: 'paragraph',
      items: [{ text: `Nothing new stored about this story${older.length > 0 ? ' in these 7 days' : ''}.` }, ...older],
    });
  } else {
    sections.push({
      heading: 'Since the last post',
      style: 'bullets',
      items: [
        ...fresh.map(({ hit }): ReplyItem => ({ text: hit.title, command: cmd('', `#${hit.id}`) })),
        // Past the MAX_BY_ID newest, stories were not weighed: the count is then a floor.
        ...(more > 0
          ? [
              {
                text: `…and ${candidates.length > MAX_BY_ID ? 'at least ' : ''}${more} more on the story, added earlier`,
              },
            ]
          : []),
        ...older,
      ],
    });
    const quotes: Quote[] = [];
    const answered: ReplyItem[] = [];
    // The analyses the overlap test read: each fresh story is read from the store once.
    for (const { hit, analysis: news } of fresh) {
      quotes.push(...news.quotes.filter((q) => q.key && q.speaker));
      for (const { n, question } of open) {
        const reply = await app.answerAbout(hit.id, question.text);
        if (reply && reply.result.answer !== null)
          answered.push({ text: `${n}. ${question.text} — ${reply.result.answer}`, note: `from #${hit.id}` });
      }
    }
    if (quotes.length > 0) {
      sections.push({
        heading: 'New quotes',
        style: 'quotes',
        items: quotes.slice(0, MAX_NEW).map((q) => ({ text: q.text, speaker: q.speaker })),
      });
    }
    if (answered.length > 0)
      sections.push({ heading: 'May now be answered', style: 'bullets', items: answered.slice(0, MAX_NEW) });
  }
  sections.push({
    style: 'paragraph',
    items: [{ text: 'Reply in this thread with what you have learned, or ask a question about the story.' }],
  });
  return {
    kind: 'followup',
    visibility: 'channel',
    title,
    url: article.url ?? undefined,
    sections,
    footer: [
      `#${article.id} · follow s${schedule.id}, daily at ${schedule.time} ${schedule.timezone} · stop with `,
      cmd('unfollow', `s${schedule.id}`),
    ],
    threadArticleId: article.id,
  };
}

/**
 * The slot's own time (after a move the schedule's time is another), and an outage named only
 * when nobody tried the slot near its time, whichever run posts it: a retry after refused posts,
 * or a lease taken over, is late without newsbrief having been offline.
 */
export function lateNote(input: { late: boolean; slot: number; offline?: boolean }, schedule: Schedule): string {
  if (!input.late) return '';
  return ` (Posted late: due at ${formatSlot(input.slot, schedule.timezone)}${input.offline ? ' while newsbrief was offline' : ''}.)`;
}

/**
 * Back after weeks off, the stories stored before the 7 days weighed are counted (in the store), never read. The count
 * is of every stored story, not this one's matches, so the line says "on any subject" lest a reader take it for missed
 * coverage of the followed story.
 */
async function olderNote(countedFrom: string, since: string, app: PostBuilderDeps): Promise<ReplyItem[]> {
  const count = await app.store.articles.countIngestedBetween(countedFrom, since);
  if (count === 0) return [];
  const stories = `${count} ${count === 1 ? 'story' : 'stories'}`;
  return [
    said(
      `Only these 7 days were looked at: ${stories} on any subject stored before them since the last post were not (older stories: `,
      cmd('list', '2'),
      ').',
    ),
  ];
}
