import {
  ChannelGoneError,
  type ChannelPoster,
  OUTCOME_UNKNOWN,
  type PostedMessage,
  PostOutcomeUnknownError,
  ScheduledPostDeletedError,
  scheduledPostKey,
} from '../app/channel-poster';
import type { Reply } from '../app/reply';
import { type FollowUpWindow, followUpWindow } from '../schedule/follow-up-window';
import { dailyTimeOf } from '../schedule/schedule-slots';
import type { Schedule, SlotClaim } from '../store/schedule-repository';
import { posterFor } from './poster-for';
import type { SchedulerDeps, SlotOutcome } from './scheduler-types';

/** Why a follow-up stopped after saying its story is gone (shown by `/brief schedules`). */
const STORY_DELETED = 'its story was deleted';

/**
 * Posts a slot this process has claimed. The lease is renewed right before every post attempt
 * (a claim that expired while queued behind the rate limit and was taken over is not posted
 * twice); the slot is marked delivered only after the platform accepted the post.
 */
export async function deliverClaimedSlot(
  schedule: Schedule,
  claim: SlotClaim,
  deps: SchedulerDeps,
): Promise<SlotOutcome> {
  const { app, logger, policy } = deps;
  const repo = deps.schedules;
  const slotMs = Date.parse(claim.slot);
  const base = {
    scheduleId: schedule.id,
    channelId: schedule.channelId,
    kind: schedule.kind,
    slot: claim.slot,
    late: claim.late,
  };
  const nowIso = () => deps.now().toISOString();
  const fail = async (error: string, retry: boolean): Promise<SlotOutcome> => {
    // How long, not until when: a shared store times the retry on its own clock.
    const retryAfterMs = retry ? policy.retryLaterMs : null;
    await repo.markFailed(schedule.id, claim.slot, deps.owner, error, retryAfterMs, nowIso());
    logger.error({ ...base, attempts: claim.attempts, err: error, retryAfterMs }, 'scheduled post failed');
    return { ...base, status: 'failed', error };
  };

  let reply: Reply;
  try {
    reply = await app.buildScheduledPost({
      schedule,
      slot: slotMs,
      late: claim.late,
      offline: missedWhileOffline(claim, policy.lateAfterMs),
      ...(await sinceFor(schedule, claim, deps)),
    });
  } catch (error) {
    return fail(`could not build the post: ${message(error)}`, true);
  }
  const poster = posterFor(schedule.channelId, deps);
  if (!poster) return fail(`no poster for ${schedule.channelId}: is that platform configured?`, true);

  // Any attempt at this slot, the first included, may have posted from its start on: the slot, or
  // earlier when the first attempt ran ahead of it (a `tick --at` rehearsal). The store keeps
  // when the slot was first claimed, whatever reclaims and failures came since.
  const key = scheduledPostKey(schedule.id, slotMs, Date.parse(claim.firstAttemptAt));
  // An earlier claim of this slot (a crash, a failed run) may have posted even though it never
  // heard back: look for the post once before posting again. An attempt of this run that got no
  // answer is looked for only once the platform may have forgotten its key: within that window a
  // repeat of the key returns the post already made (Discord's enforced nonce), and looking again
  // on every retry would only add to the load on a platform that is already struggling.
  let lookFirst = claim.attempts > 1;
  let sentAt: number | undefined;
  const mustLook = () =>
    lookFirst || (sentAt !== undefined && !(deps.now().getTime() - sentAt < (poster.dedupeWindowMs ?? 0)));
  let lastError = '';
  for (let attempt = 1; attempt <= policy.postAttempts; attempt++) {
    const result = await deps.rateLimiter.run(schedule.channelId, async (markSent) => {
      // Renewed in the same step as the post: a claim taken over while queued is never posted.
      const renew = () => repo.renewLease(schedule.id, claim.slot, deps.owner, nowIso(), policy.leaseMs);
      if (!(await renew())) return { lost: true as const };
      // Held while the look-up and the post are in flight, however long the platform takes: only a
      // process that died (or lost the database) lets its lease run out.
      const heartbeat = setInterval(
        () => {
          renew().catch(() => undefined);
        },
        Math.max(1_000, policy.leaseMs / 3),
      );
      heartbeat.unref();
      try {
        const found = mustLook()
          ? await findEarlierPost(poster, schedule.channelId, key, reply, base, deps)
          : undefined;
        if (found) return { posted: found, found: true };
        lookFirst = false;
        await markSent();
        // Discord remembers a nonce from its first use: the window is counted from this run's
        // first send, not from each retry's.
        sentAt ??= deps.now().getTime();
        return { posted: await poster.post(schedule.channelId, reply, key) };
      } catch (error) {
        return { error };
      } finally {
        clearInterval(heartbeat);
      }
    });
    if ('lost' in result) {
      logger.warn(base, 'claim lost before posting (lease expired and taken over); not posting');
      return { ...base, status: 'lost' };
    }
    if ('error' in result) {
      if (result.error instanceof ChannelGoneError) return channelGone(schedule, claim, result.error, deps);
      if (result.error instanceof ScheduledPostDeletedError) return deletedOnPlatform(schedule, claim, poster, deps);
      if (result.error instanceof PostOutcomeUnknownError) {
        if (!result.error.final) return fail(`could not look for an earlier attempt: ${result.error.message}`, true);
        // A missed post flagged in the logs beats a duplicate in the newsroom's channel.
        const error = `${OUTCOME_UNKNOWN}: ${result.error.message}`;
        await repo.markFailed(schedule.id, claim.slot, deps.owner, error, null, nowIso(), 'outcome-unknown');
        logger.error(
          { ...base, attempts: claim.attempts, err: error },
          'scheduled post given up: it may or may not be in the channel',
        );
        return { ...base, status: 'failed', error };
      }
      lastError = message(result.error);
      logger.warn({ ...base, attempt, err: lastError }, 'scheduled post attempt failed');
      if (attempt < policy.postAttempts) await deps.sleep(policy.backoffMs * 4 ** (attempt - 1));
      continue;
    }
    const { posted } = result;
    if (!(await repo.markDelivered(schedule.id, claim.slot, deps.owner, posted.messageRef, nowIso()))) {
      logger.warn({ ...base, messageRef: posted.messageRef }, 'posted, but the claim was no longer ours');
    }
    if (reply.threadArticleId !== undefined)
      await app.conversations.linkThread(posted.threadRef, reply.threadArticleId);
    // A follow-up of a deleted story has said so once: posting that every day is noise.
    if (schedule.kind === 'follow' && schedule.articleId === null) {
      await repo.setEnabled(schedule.id, false, STORY_DELETED);
      logger.info(base, 'follow-up stopped: its story was deleted');
    }
    logger.info(
      { ...base, messageRef: posted.messageRef, via: poster.platform },
      'found' in result ? 'scheduled post was delivered by an earlier attempt' : 'scheduled post delivered',
    );
    return { ...base, status: 'delivered', via: poster.platform, messageRef: posted.messageRef };
  }
  return fail(`${policy.postAttempts} attempts failed; last: ${lastError}`, true);
}

/**
 * The slot's post if the platform has it (an attempt that timed out but got through). A lookup
 * that cannot decide (PostOutcomeUnknownError: Discord) fails the attempt instead of posting. Any
 * other failed lookup (Slack's history refused in a channel the bot is not in) is logged and the
 * post goes ahead: there the lookup would never succeed, and the slot would never be posted.
 */
async function findEarlierPost(
  poster: ChannelPoster,
  channelId: string,
  key: ReturnType<typeof scheduledPostKey>,
  reply: Reply,
  base: Record<string, unknown>,
  deps: SchedulerDeps,
): Promise<PostedMessage | undefined> {
  if (!poster.findScheduled) return undefined;
  try {
    return await poster.findScheduled(channelId, key, reply);
  } catch (error) {
    if (error instanceof PostOutcomeUnknownError || error instanceof ChannelGoneError) throw error;
    deps.logger.warn({ ...base, err: message(error) }, 'could not look for an earlier attempt of this post; posting');
    return undefined;
  }
}

/** The bot was removed or the channel deleted: stop every schedule there instead of failing daily. */
async function channelGone(
  schedule: Schedule,
  claim: SlotClaim,
  error: ChannelGoneError,
  deps: SchedulerDeps,
): Promise<SlotOutcome> {
  const repo = deps.schedules;
  const now = deps.now().toISOString();
  await repo.markFailed(schedule.id, claim.slot, deps.owner, error.message, null, now);
  const disabled = await repo.disableChannel(schedule.channelId, `channel gone: ${error.message}`);
  deps.logger.warn(
    { channelId: schedule.channelId, disabled, err: error.message },
    'channel is gone; disabled its schedules',
  );
  return {
    scheduleId: schedule.id,
    channelId: schedule.channelId,
    kind: schedule.kind,
    slot: claim.slot,
    late: claim.late,
    status: 'channel-gone',
    error: error.message,
  };
}

/**
 * The platform says this slot's post was made and then deleted (Discord answering the repeated
 * nonce with Unknown Message: how our fake Discord models a deleted post; Discord does not document
 * it). Taken at its word, the slot was delivered once and posting it again would undo a
 * moderator, so it is recorded as delivered with no message; but since that reading is unverified,
 * it is logged as an error naming the slot, for an editor to check the channel.
 */
async function deletedOnPlatform(
  schedule: Schedule,
  claim: SlotClaim,
  poster: ChannelPoster,
  deps: SchedulerDeps,
): Promise<SlotOutcome> {
  const messageRef = `${schedule.channelId}:deleted`;
  const base = { scheduleId: schedule.id, channelId: schedule.channelId, kind: schedule.kind, slot: claim.slot };
  const now = deps.now().toISOString();
  if (!(await deps.schedules.markDelivered(schedule.id, claim.slot, deps.owner, messageRef, now))) {
    deps.logger.warn(base, 'claim lost before recording a deleted scheduled post; leaving the slot to its new owner');
    return { ...base, late: claim.late, status: 'lost' };
  }
  deps.logger.error(
    { ...base, messageRef },
    'scheduled post not posted: the platform says it was made and has since been deleted; recorded as delivered unverified, check the channel',
  );
  return { ...base, late: claim.late, status: 'delivered', via: poster.platform, messageRef };
}

/**
 * Nobody tried the slot near its time: newsbrief was not running (or could not reach its
 * database) then. Read from the claim, so it holds whichever run posts it: the start-up catch-up,
 * or a sweep after that catch-up failed. A retry after refused posts, or a lease taken over from
 * a crashed process, was first tried on time.
 */
function missedWhileOffline(claim: SlotClaim, lateAfterMs: number): boolean {
  return Date.parse(claim.firstAttemptAt) - Date.parse(claim.slot) > lateAfterMs;
}

/** News since the last post (or the follow's start), at most the 7 days before the slot for a follow-up. */
async function sinceFor(schedule: Schedule, claim: SlotClaim, deps: SchedulerDeps): Promise<FollowUpWindow> {
  const last = await deps.schedules.lastDelivered(schedule.id);
  const since = last && last.slot < claim.slot ? last.slot : schedule.createdAt;
  if (schedule.kind !== 'follow') return { since };
  return followUpWindow({ since, slot: Date.parse(claim.slot), time: dailyTimeOf(schedule) });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
