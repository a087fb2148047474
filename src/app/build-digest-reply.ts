import { localDateOf, slotOnDate } from '../schedule/daily-slots';
import { formatSlot } from '../schedule/format-slot';
import { dailyTimeOf } from '../schedule/schedule-slots';
import { addDays, formatLocalDate } from '../schedule/zoned-time';
import type { AsyncStore } from '../store/async/async-store';
import type { Schedule } from '../store/schedule-repository';
import { lateNote } from './build-follow-up-reply';
import type { NewsbriefApp } from './newsbrief-app';
import { openQuestionsFor } from './open-questions';
import { cmd, type Reply, type ReplyItem, type ReplySection, said } from './reply';

/** What the scheduled-post builders read: the store (they live behind the app) and two use cases. */
export interface PostBuilderDeps extends Pick<NewsbriefApp, 'analyzeStored' | 'answerAbout'> {
  store: Pick<AsyncStore, 'articles' | 'schedules' | 'feeds'>;
}

export interface DigestInput {
  schedule: Schedule;
  slot: number;
  late: boolean;
  /** Posted by the start-up catch-up (see FollowUpInput). */
  offline?: boolean;
}

const MAX_LISTED = 15;

/** The channel's daily digest: articles ingested since the schedule's previous slot, its feeds' new stories, and every followed story. */
export async function buildDigestReply(input: DigestInput, app: PostBuilderDeps): Promise<Reply> {
  const { schedule, slot } = input;
  // Back as far as the schedule's day is long (from the previous slot), not 24 h: across a clock
  // change it has 23 or 25 hours, and a fixed 24 h listed an hour twice or one in neither digest.
  const time = dailyTimeOf(schedule);
  const date = localDateOf(slot, schedule.timezone);
  const previousSlot = slot - (slotOnDate(date, time) - slotOnDate(addDays(date, -1), time));
  // A digest moved to another time, or back after days off, lists what came since it last posted: from the previous
  // slot alone, the hours between the last post and that slot were in no digest (or repeated after a move later).
  const last = await app.store.schedules.lastDelivered(schedule.id);
  const lastSlot = last ? Date.parse(last.slot) : Number.NaN;
  const from = lastSlot < slot ? lastSlot : previousSlot;
  const heading =
    from === previousSlot
      ? `Added in the last ${Math.round((slot - from) / 3_600_000)} hours`
      : `Added since the last digest (${formatSlot(from, schedule.timezone, slot)})`;
  const recent = (await app.store.articles.ingestedSince(new Date(from).toISOString())).filter(
    (h) => Date.parse(h.ingestedAt) <= slot,
  );
  const sections: ReplySection[] = [];
  if (lateNote(input, schedule))
    sections.push({ style: 'paragraph', items: [{ text: lateNote(input, schedule).trim() }] });
  if (recent.length === 0) {
    sections.push({
      heading,
      style: 'paragraph',
      items: [{ text: 'Nothing new was added.' }],
    });
  } else {
    // Newest first, as `/brief list` orders them: on a busy day the cut hides the oldest, not the
    // latest, and the line that counts them says where they are.
    const items: ReplyItem[] = recent
      .slice(-MAX_LISTED)
      .reverse()
      .map((h) => ({ text: h.title, command: cmd('', `#${h.id}`) }));
    const hidden = recent.length - MAX_LISTED;
    // `/brief list 2` pages from the newest story when it is read, so it is where older ones are, not exactly these.
    if (hidden > 0) items.push(said(`…and ${hidden} more, added earlier (older stories: `, cmd('list', '2'), ')'));
    sections.push({ heading, style: 'bullets', items });
  }

  // Feeds followed here: their stories are in the list above too; this says which came from them.
  const fromFeeds = (await app.store.feeds.newItemsSince(schedule.channelId, new Date(from).toISOString())).filter(
    (item) => Date.parse(item.ingestedAt) <= slot && item.outcome !== 'unchanged',
  );
  if (fromFeeds.length > 0) {
    // Newest first and cut at the same end as the list above.
    const items: ReplyItem[] = fromFeeds
      .slice(-MAX_LISTED)
      .reverse()
      .map((item) => ({
        text: item.title,
        note: `${item.feedTitle ?? item.feedUrl}${item.outcome === 'updated' ? ' · updated' : ''}`,
        command: cmd('', `#${item.articleId}`),
      }));
    const hiddenFromFeeds = fromFeeds.length - MAX_LISTED;
    if (hiddenFromFeeds > 0) items.push({ text: `…and ${hiddenFromFeeds} more from these feeds, added earlier` });
    sections.push({ heading: 'New from this channel’s feeds', style: 'bullets', items });
  }

  const follows = await app.store.schedules.list({ channelId: schedule.channelId, kind: 'follow', enabledOnly: true });
  const followed: ReplyItem[] = [];
  for (const follow of follows) {
    const article = follow.articleId === null ? undefined : await app.store.articles.get(follow.articleId);
    if (!article) continue;
    const { analysis } = await app.analyzeStored(article);
    const open = (await openQuestionsFor(article.id, analysis.questions, app.store.schedules)).length;
    followed.push({
      text: article.title,
      note: `${open} open question${open === 1 ? '' : 's'} · follow-up daily at ${follow.time} ${follow.timezone}`,
      command: cmd('', `#${article.id}`),
    });
  }
  sections.push(
    followed.length > 0
      ? { heading: 'Followed stories', style: 'bullets', items: followed }
      : {
          heading: 'Followed stories',
          style: 'paragraph',
          items: [said('None yet: ', cmd('follow', '<story>'), ' adds one.')],
        },
  );
  return {
    kind: 'digest',
    visibility: 'channel',
    title: `Daily digest · ${formatLocalDate(localDateOf(slot, schedule.timezone))}`,
    sections,
    footer: [
      `digest s${schedule.id}, daily at ${schedule.time} ${schedule.timezone} · stop with `,
      cmd('digest', 'off'),
    ],
  };
}
