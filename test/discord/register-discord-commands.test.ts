import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefCommands } from '../../commands/index';
import { silentLogger } from '../../src/logging/create-logger';
import { subcommandName } from '../../src/platforms/discord/brief-command-shape';
import { registerDiscordCommands } from '../../src/platforms/discord/register-discord-commands';
import { FAKE_APPLICATION_ID, FAKE_GUILD_ID } from '../support/fake-discord-ids';
import { FakeDiscordServer } from '../support/fake-discord-server';

describe('newsbrief register-discord', () => {
  let fake: FakeDiscordServer;
  beforeAll(async () => {
    fake = await FakeDiscordServer.start();
  });
  afterAll(() => fake.stop());

  const config = () => ({
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
    DISCORD_API_URL: `${fake.apiUrl}/v10/`,
  });

  it('sends one PUT to the guild with /brief and a subcommand for every command', async () => {
    const summary = await registerDiscordCommands({
      config: { ...config(), DISCORD_GUILD_ID: FAKE_GUILD_ID },
      logger: silentLogger(),
    });
    const puts = fake.calls.filter((c) => c.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.path).toBe(`/applications/${FAKE_APPLICATION_ID}/guilds/${FAKE_GUILD_ID}/commands`);
    expect(puts[0]!.botAuth).toBe(true);
    const body = puts[0]!.body as any[];
    expect(body).toHaveLength(1);
    expect(body[0].name).toBe('brief');
    const subs = body[0].options.map((o: any) => o.name);
    expect(subs).toEqual(briefCommands.map(subcommandName));
    expect(subs).toContain('story');
    for (const sub of body[0].options) {
      expect(sub.type).toBe(1);
      expect(sub.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(sub.description.length).toBeLessThanOrEqual(100);
      const required = sub.options.map((o: any) => o.required);
      expect(required).toEqual([...required].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
    }
    expect(body[0].options.find((o: any) => o.name === 'story').options[0]).toMatchObject({
      type: 3,
      name: 'query',
      required: true,
    });
    expect(summary).toMatchObject({ scope: 'guild', guildId: FAKE_GUILD_ID, subcommands: subs });
  });

  it('registers for servers only (no DMs, where no thread can start) with story autocomplete', async () => {
    const put = fake.calls.filter((c) => c.method === 'PUT').at(-1)!;
    const [command] = put.body as any[];
    expect(command.contexts).toEqual([0]); // InteractionContextType.Guild
    expect(command.integration_types).toEqual([0]); // GuildInstall
    const story = command.options.find((o: any) => o.name === 'story');
    expect(story.options.find((o: any) => o.name === 'query').autocomplete).toBe(true);
    const follow = command.options.find((o: any) => o.name === 'follow');
    expect(follow.options.find((o: any) => o.name === 'time').autocomplete).toBeUndefined();
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const summary = await registerDiscordCommands({ config: config(), logger: silentLogger() });
    const put = fake.calls.findLast((c) => c.method === 'PUT')!;
    expect(put.path).toBe(`/applications/${FAKE_APPLICATION_ID}/commands`);
    expect(summary.scope).toBe('global');
  });

  it('a refused registration fails loudly', async () => {
    await expect(
      registerDiscordCommands({
        config: { ...config(), DISCORD_APPLICATION_ID: '1234567890123456789' },
        logger: silentLogger(),
      }),
    ).rejects.toThrow(/Missing Access/);
  });
});
