import { parseArgs } from 'node:util';
import { failedSlotNote, scheduleRef, skippedTime, storyGone } from '../../commands/schedule-command-support';
import { nextUnpostedSlot } from '../app/next-unposted-slot';
import { terminalSafeText } from '../platforms/console/terminal-safe-text';
import { describeSchedule, storyFollowedById } from '../schedule/describe-schedule';
import { formatSlot } from '../schedule/format-slot';
import { slotsOwed } from '../schedule/schedule-slots';
import type { AsyncArticleRepository, AsyncScheduleRepository } from '../store/async/async-store';

export interface SchedulesCommandDeps {
  schedules: AsyncScheduleRepository;
  /** Names a story followed by id by its title now (the schedule stores only the id). */
  articles?: Pick<AsyncArticleRepository, 'titleOf'>;
  stdout: NodeJS.WritableStream;
  now?: () => Date;
}

const DUE_LOOKBACK_MS = 48 * 3_600_000;

/** `newsbrief schedules [--json]`: every schedule, enabled or not, with its next slot. */
export async function runSchedulesCommand(args: string[], deps: SchedulesCommandDeps): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const now = (deps.now ?? (() => new Date()))().getTime();
  const schedules = await deps.schedules.list();
  const rows = await Promise.all(
    schedules.map(async (s) => {
      const last = await deps.schedules.lastDelivered(s.id);
      const next = s.enabled ? await nextUnpostedSlot(deps.schedules, s, now) : null;
      // The latest slot already due and not posted (e.g. its platform is not configured anywhere
      // that ran), so an operator sees it waiting instead of only the next one.
      const due = s.enabled ? slotsOwed(s, now - DUE_LOOKBACK_MS, now).at(-1) : undefined;
      const dueIso = due === undefined ? undefined : new Date(due).toISOString();
      const claim = dueIso ? await deps.schedules.getClaim(s.id, dueIso) : undefined;
      const state = claim?.state;
      const storyId = storyFollowedById(s);
      const title = storyId === null ? undefined : await deps.articles?.titleOf(storyId);
      return {
        ...s,
        storyTitle: title ?? null,
        dueNotPosted: dueIso && state !== 'delivered' && state !== 'skipped' ? dueIso : null,
        // Why it is not posted, when an attempt failed (retrying, or given up and why).
        dueFailure: state === 'failed' ? { error: claim!.lastError, retryAt: claim!.retryAt } : null,
        dueNote: state === 'failed' ? failedSlotNote(claim!, s.timezone, now) : null,
        nextSlot: next === null ? null : new Date(next).toISOString(),
        nextSlotLocal: next === null ? null : `${formatSlot(next, s.timezone, now)}${skippedTime(next, s)}`,
        lastDelivered: last
          ? {
              slot: last.slot,
              local: formatSlot(Date.parse(last.slot), s.timezone, now),
              late: last.late,
              messageRef: last.messageRef,
            }
          : null,
      };
    }),
  );
  if (values.json) {
    deps.stdout.write(`${JSON.stringify({ schedules: rows })}\n`);
    return 0;
  }
  if (rows.length === 0) {
    deps.stdout.write(
      'No schedules yet. In a channel (or `newsbrief start`): /brief follow <story> [HH:MM] [zone], or /brief digest [HH:MM] [zone].\n',
    );
    return 0;
  }
  for (const row of rows) {
    const next = row.nextSlotLocal
      ? `next ${row.nextSlotLocal}`
      : `disabled${row.disabledReason ? ` (${row.disabledReason})` : ''}`;
    const last = row.lastDelivered
      ? `, last posted ${row.lastDelivered.local}${row.lastDelivered.late ? ' (late)' : ''}`
      : '';
    const due = row.dueNote
      ? `, ${row.dueNote}`
      : row.dueNotPosted
        ? `, due ${formatSlot(Date.parse(row.dueNotPosted), row.timezone, now)} and not posted yet`
        : '';
    // s-ids as in chat (`/brief unfollow s3`): a bare #3 reads as story #3.
    deps.stdout.write(
      `${scheduleRef(row)} ${row.channelId} ${terminalSafeText(describeSchedule(row, row.storyTitle ?? undefined))} · ${next}${last}${due}${row.enabled ? storyGone(row) : ''}\n`,
    );
  }
  return 0;
}
