import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load-config';
import { type DiscordHarness, startDiscordHarness } from './discord-harness';

const base = { DISCORD_TOKEN: 'token', DISCORD_APPLICATION_ID: '123' };

function problems(env: Record<string, string>): string {
  try {
    loadConfig({ ...base, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join('\n');
    throw error;
  }
  return '';
}

describe('Discord shard settings', () => {
  it('reads shard ids, ranges and "auto"', () => {
    const split = loadConfig({ ...base, NEWSBRIEF_DISCORD_SHARDS: '4-5, 0,1,0', NEWSBRIEF_DISCORD_SHARD_COUNT: '6' });
    expect(split.NEWSBRIEF_DISCORD_SHARDS).toEqual([0, 1, 4, 5]);
    expect(split.NEWSBRIEF_DISCORD_SHARD_COUNT).toBe(6);
    expect(loadConfig({ ...base, NEWSBRIEF_DISCORD_SHARDS: 'Auto' }).NEWSBRIEF_DISCORD_SHARDS).toBe('auto');
    expect(loadConfig(base).NEWSBRIEF_DISCORD_SHARDS).toBeUndefined();
  });

  it('refuses settings that do not make a shard set, saying what to write', () => {
    expect(problems({ NEWSBRIEF_DISCORD_SHARDS: '0,1' })).toMatch(
      /NEWSBRIEF_DISCORD_SHARD_COUNT: is required with NEWSBRIEF_DISCORD_SHARDS/,
    );
    expect(problems({ NEWSBRIEF_DISCORD_SHARDS: '2-4', NEWSBRIEF_DISCORD_SHARD_COUNT: '4' })).toMatch(
      /NEWSBRIEF_DISCORD_SHARDS: shard 4 does not exist with NEWSBRIEF_DISCORD_SHARD_COUNT=4 \(ids run from 0 to 3\)/,
    );
    expect(problems({ NEWSBRIEF_DISCORD_SHARDS: 'first', NEWSBRIEF_DISCORD_SHARD_COUNT: '2' })).toMatch(
      /NEWSBRIEF_DISCORD_SHARDS: "first" is not a shard id or range/,
    );
    expect(problems({ NEWSBRIEF_DISCORD_SHARDS: '3-1', NEWSBRIEF_DISCORD_SHARD_COUNT: '4' })).toMatch(/"3-1"/);
    expect(problems({ NEWSBRIEF_DISCORD_SHARDS: 'auto', NEWSBRIEF_DISCORD_SHARD_COUNT: '2' })).toMatch(
      /NEWSBRIEF_DISCORD_SHARD_COUNT: leave it unset with NEWSBRIEF_DISCORD_SHARDS=auto/,
    );
    expect(problems({ NEWSBRIEF_DISCORD_SHARD_COUNT: '0' })).toMatch(
      /NEWSBRIEF_DISCORD_SHARD_COUNT: must be at least 1/,
    );
  });
});

// A real discord.js Client against the fake gateway: each shard identifies with [id, count].
describe('a replica running some of the shards', () => {
  let h: DiscordHarness | undefined;
  afterEach(async () => {
    await h?.stopBot();
    await h?.fake.stop();
    h = undefined;
  });

  it('identifies once per configured shard, with the total count', async () => {
    h = await startDiscordHarness({ config: { NEWSBRIEF_DISCORD_SHARDS: [1, 3], NEWSBRIEF_DISCORD_SHARD_COUNT: 4 } });
    const shards = h.fake.gateway.record.identifies.map((i) => i.shard).sort();
    expect(shards).toEqual([
      [1, 4],
      [3, 4],
    ]);
    expect(h.runtime.client.ws.shards.map((s) => s.id).sort()).toEqual([1, 3]);
  });

  it('runs a single shard 0 of 1 when nothing is configured', async () => {
    h = await startDiscordHarness();
    expect(h.fake.gateway.record.identifies.map((i) => i.shard)).toEqual([[0, 1]]);
  });
});
