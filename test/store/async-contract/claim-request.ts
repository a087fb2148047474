import type { ClaimRequest } from '../../../src/store/schedule-repository';

// One slot the claim cases, the exactly-once cases and the restart test all contend for.
export const SLOT = '2024-03-02T09:00:00.000Z';
export const at = (minutes: number) => new Date(Date.parse(SLOT) + minutes * 60_000).toISOString();

export function claimRequest(scheduleId: number, owner: string, now: string): ClaimRequest {
  return { scheduleId, slot: SLOT, owner, now, leaseMs: 5 * 60_000, late: false, maxAttempts: 3 };
}
