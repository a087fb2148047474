/**
 * Snowflake-shaped ids for the fake Discord. @discordjs/rest buckets routes by 17-19 digit ids,
 * so short ids would make every request share one rate-limit bucket and hide real behaviour.
 */
let next = 1_100_000_000_000_000_000n;

export function fakeSnowflake(): string {
  next += 1n;
  return next.toString();
}

export const FAKE_BOT_ID = '1090000000000000001';
export const FAKE_APPLICATION_ID = '1090000000000000002';
export const FAKE_GUILD_ID = '1090000000000000003';
export const FAKE_CHANNEL_ID = '1090000000000000004';
export const FAKE_USER_ID = '1090000000000000005';
export const FAKE_OTHER_BOT_ID = '1090000000000000006';
