import { localDateOf, slotOnDate } from '../schedule/daily-slots';
import { formatSlot } from '../schedule/format-slot';
import { dailyTimeOf } from '../schedule/schedule-slots';
import { addDays, formatLocalDate } from '../schedule/zoned-time';
import type { AsyncStore } from '../store/async/async-store';
import { lateNote } from './build-follow-up-reply';
import type { NewsbriefApp, ScheduledPostInput } from './newsbrief-app';
import { openQuestionsFor } from './open-questions';
import { cmd, type Reply, type ReplyItem, type ReplySection, said } from './reply';

/** What the scheduled-post builders read: the store (they live behind the app) and two use cases. */
export interface PostBuilderDeps extends Pick<NewsbriefApp, 'analyzeStored' | 'answerAbout'> {
  store: Pick<AsyncStore, 'articles' | 'schedules' | 'feeds'>;
}

/** A digest reads the schedule, the slot and whether it is late or was missed offline; no window of its own. */
type DigestInput = Pick<ScheduledPostInput, 'schedule' | 'slot' | 'late' | 'offline'>;

const MAX_LISTED = 15;
/** The longest window a digest lists: back after weeks off, the older stories are counted, not listed. */
const WINDOW_DAYS = 7;

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
  const since = lastSlot < slot ? lastSlot : previousSlot;
  // Back on after weeks off (a channel the bot was removed from, posts refused for days): a reader
  // wants this week's news, not the 15 newest of a month; the rest since the last digest is counted.
  const weekBefore = slotOnDate(addDays(date, -WINDOW_DAYS), time);
  const from = Math.max(since, weekBefore);
  const window = windowHeading(from, since, previousSlot, slot, schedule.timezone);
  const recent = (await app.store.articles.ingestedSince(new Date(from).toISOString())).filter(
    (h) => Date.parse(h.ingestedAt) <= slot,
  );
  // Counted in the store: after a month off, loading every older row only to count them cost the post its time.
  const before =
    from > since
      ? await app.store.articles.countIngestedBetween(new Date(since).toISOString(), new Date(from).toISOString())
      : 0;
  const sections: ReplySection[] = [];
  if (lateNote(input, schedule))
    sections.push({ style: 'paragraph', items: [{ text: lateNote(input, schedule).trim() }] });
  const days = `these ${WINDOW_DAYS} days`;
  if (recent.length === 0) {
    const nothing = `Nothing new was added${before > 0 ? ` in ${days}` : ''}.`;
    const item =
      before === 0
        ? { text: nothing }
        : said(
            `Nothing new was added in ${days}; ${before} ${before === 1 ? 'story' : 'stories'} came before them, since the last digest (older stories: `,
            cmd('list', '2'),
            ').',
          );
    sections.push({ heading: window, style: 'paragraph', items: [item] });
  } else {
    // Newest first, as `/brief list` orders them: on a busy day the cut hides the oldest, not the
    // latest, and the line that counts them says where they are.
    const items: ReplyItem[] = recent
      .slice(-MAX_LISTED)
      .reverse()
      .map((h) => ({ text: h.title, command: cmd('', `#${h.id}`) }));
    const hidden = recent.length - MAX_LISTED;
    const more =
      before === 0
        ? `${hidden} more, added earlier`
        : hidden > 0
          ? `${hidden} more in ${days}, and ${before} from before them, since the last digest`
          : `${before} more from before ${days}, since the last digest`;
    // `/brief list 2` pages from the newest story when it is read, so it is where older ones are, not exactly these.
    if (hidden > 0 || before > 0) items.push(said(`…and ${more} (older stories: `, cmd('list', '2'), ')'));
    sections.push({ heading: window, style: 'bullets', items });
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

/**
 * The list's heading, saying the window it really covers: "the last 24 hours" only when it is
 * that many whole hours (a clock change at 01:30, or a zone whose clocks move half an hour, makes
 * a day of 23.5), else from when ("since Sat 28 Mar, 01:30 GMT").
 */
function windowHeading(from: number, since: number, previousSlot: number, slot: number, zone: string): string {
  if (from > since)
    return `Added in the last ${WINDOW_DAYS} days (the last digest was ${formatSlot(since, zone, slot)})`;
  if (from !== previousSlot) return `Added since the last digest (${formatSlot(from, zone, slot)})`;
  const hours = (slot - from) / 3_600_000;
  return Number.isInteger(hours) ? `Added in the last ${hours} hours` : `Added since ${formatSlot(from, zone, slot)}`;
}
