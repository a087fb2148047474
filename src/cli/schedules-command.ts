import { parseArgs } from 'node:util';
import { describeSchedule } from '../schedule/describe-schedule';
import { nextSlotOf, slotsOwed } from '../schedule/schedule-slots';
import type { ScheduleRepository } from '../store/schedule-repository';

export interface SchedulesCommandDeps {
  schedules: ScheduleRepository;
  stdout: NodeJS.WritableStream;
  now?: () => Date;
}

const DUE_LOOKBACK_MS = 48 * 3_600_000;

/** `newsbrief schedules [--json]`: every schedule, enabled or not, with its next slot. */
export async function runSchedulesCommand(args: string[], deps: SchedulesCommandDeps): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const now = (deps.now ?? (() => new Date()))().getTime();
  const rows = deps.schedules.list().map((s) => {
    const last = deps.schedules.lastDelivered(s.id);
    // The latest slot already due and not posted (e.g. its platform is not configured anywhere
    // that ran), so an operator sees it waiting instead of only the next one.
    const due = s.enabled ? slotsOwed(s, now - DUE_LOOKBACK_MS, now).at(-1) : undefined;
    const dueIso = due === undefined ? undefined : new Date(due).toISOString();
    const state = dueIso ? deps.schedules.getClaim(s.id, dueIso)?.state : undefined;
    return {
      ...s,
      dueNotPosted: dueIso && state !== 'delivered' && state !== 'skipped' ? dueIso : null,
      nextSlot: s.enabled ? new Date(nextSlotOf(s, now)).toISOString() : null,
      lastDelivered: last ? { slot: last.slot, late: last.late, messageRef: last.messageRef } : null,
    };
  });
  if (values.json) {
    deps.stdout.write(`${JSON.stringify({ schedules: rows })}\n`);
    return 0;
  }
  if (rows.length === 0) {
    deps.stdout.write(
      'No schedules yet. In a channel: /brief follow <story> [HH:MM] [zone], or /brief digest [HH:MM] [zone].\n',
    );
    return 0;
  }
  for (const row of rows) {
    const next = row.nextSlot
      ? `next ${row.nextSlot}`
      : `disabled${row.disabledReason ? ` (${row.disabledReason})` : ''}`;
    const last = row.lastDelivered
      ? `, last posted ${row.lastDelivered.slot}${row.lastDelivered.late ? ' (late)' : ''}`
      : '';
    const due = row.dueNotPosted ? `, due ${row.dueNotPosted} and not posted yet` : '';
    deps.stdout.write(`#${row.id} ${row.channelId} ${describeSchedule(row)} · ${next}${last}${due}\n`);
  }
  return 0;
}
