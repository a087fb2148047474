/**
 * Snowflake-shaped ids for the fake Discord, made as Discord makes them: milliseconds since
 * Discord's epoch in the top bits, so `after=<snowflake of a time>` means "posted after then".
 * @discordjs/rest buckets routes by 17-19 digit ids, so short ids would make every request share
 * one rate-limit bucket and hide real behaviour.
 */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;
/** Ids made so far per millisecond: a test clock and the real one may name the same instant. */
const madeAt = new Map<number, bigint>();

/** A new id for something created at `ms` (the fake's clock; the real one by default). */
export function fakeSnowflake(ms: number = Date.now()): string {
  const at = Math.floor(ms);
  const sequence = madeAt.get(at) ?? 0n;
  if (sequence > 0xfffn) throw new Error('the fake Discord made more than 4096 ids in one millisecond');
  madeAt.set(at, sequence + 1n);
  return (((BigInt(at) - DISCORD_EPOCH_MS) << 22n) | sequence).toString();
}

export const FAKE_BOT_ID = '1090000000000000001';
export const FAKE_APPLICATION_ID = '1090000000000000002';
export const FAKE_GUILD_ID = '1090000000000000003';
export const FAKE_CHANNEL_ID = '1090000000000000004';
export const FAKE_USER_ID = '1090000000000000005';
export const FAKE_OTHER_BOT_ID = '1090000000000000006';
