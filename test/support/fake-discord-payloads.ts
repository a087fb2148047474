import {
  FAKE_APPLICATION_ID,
  FAKE_BOT_ID,
  FAKE_CHANNEL_ID,
  FAKE_GUILD_ID,
  FAKE_USER_ID,
  fakeSnowflake,
} from './fake-discord-ids';

/** Gateway and REST payload shapes as Discord sends them (API v10), only the fields discord.js reads. */

const joinedAt = '2026-01-01T00:00:00.000000+00:00';

export function fakeUser(id: string, username: string, bot = false) {
  return { id, username, discriminator: '0', global_name: username, avatar: null, bot, flags: 0 };
}

export const botUser = fakeUser(FAKE_BOT_ID, 'newsbrief', true);
const reporterUser = fakeUser(FAKE_USER_ID, 'reporter');

function fakeMember(user: ReturnType<typeof fakeUser>) {
  return {
    user,
    roles: [],
    joined_at: joinedAt,
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    pending: false,
  };
}

export function textChannel(id = FAKE_CHANNEL_ID, name = 'news') {
  return {
    id,
    type: 0,
    guild_id: FAKE_GUILD_ID,
    name,
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
  };
}

export interface FakeThread {
  id: string;
  parent_id: string;
  name: string;
}

export function threadChannel(thread: FakeThread) {
  return {
    id: thread.id,
    type: 11,
    guild_id: FAKE_GUILD_ID,
    parent_id: thread.parent_id,
    owner_id: FAKE_BOT_ID,
    name: thread.name,
    last_message_id: null,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    rate_limit_per_user: 0,
    flags: 0,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: new Date().toISOString(),
      locked: false,
    },
  };
}

export function readyPayload(sessionId: string, resumeUrl: string, shard: [number, number] = [0, 1]) {
  return {
    v: 10,
    user: botUser,
    guilds: [{ id: FAKE_GUILD_ID, unavailable: true }],
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard,
    application: { id: FAKE_APPLICATION_ID, flags: 0 },
    private_channels: [],
    relationships: [],
    presences: [],
    guild_join_requests: [],
    geo_ordered_rtc_regions: [],
  };
}

export function guildCreatePayload(channels: unknown[], threads: unknown[]) {
  return {
    id: FAKE_GUILD_ID,
    name: 'Newsroom',
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: FAKE_USER_ID,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    roles: [
      {
        id: FAKE_GUILD_ID,
        name: '@everyone',
        permissions: '1071698660929',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    preferred_locale: 'en-US',
    premium_progress_bar_enabled: false,
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    members: [fakeMember(botUser)],
    channels,
    threads,
  };
}

export interface SlashCommandInput {
  subcommand: string;
  options?: Record<string, string>;
  channelId?: string;
  user?: ReturnType<typeof fakeUser>;
  /** The member's permissions in the channel, as Discord computes them (default: all). */
  permissions?: string;
}

/** Permission bits as Discord sends them: a member who may send messages but not manage the channel. */
export const MEMBER_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 31n));

/** An INTERACTION_CREATE for `/brief <subcommand> ...options` in a guild text channel. */
export function slashCommandInteraction(input: SlashCommandInput) {
  const user = input.user ?? reporterUser;
  const channelId = input.channelId ?? FAKE_CHANNEL_ID;
  const options = Object.entries(input.options ?? {}).map(([name, value]) => ({ type: 3, name, value }));
  return {
    id: fakeSnowflake(),
    application_id: FAKE_APPLICATION_ID,
    type: 2,
    token: `fake-interaction-token-${fakeSnowflake()}`,
    version: 1,
    data: { id: FAKE_APPLICATION_ID, name: 'brief', type: 1, options: [{ type: 1, name: input.subcommand, options }] },
    guild_id: FAKE_GUILD_ID,
    channel_id: channelId,
    channel: textChannel(channelId),
    member: { ...fakeMember(user), permissions: input.permissions ?? '2251799813685247' },
    app_permissions: '2251799813685247',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { 0: FAKE_GUILD_ID },
    context: 0,
    attachment_size_limit: 8_388_608,
  };
}

/** An APPLICATION_COMMAND_AUTOCOMPLETE for `/brief <subcommand>` while `option` is being typed. */
export function autocompleteInteraction(input: { subcommand: string; option: string; value: string }) {
  const base = slashCommandInteraction({ subcommand: input.subcommand });
  return {
    ...base,
    type: 4,
    data: {
      ...base.data,
      options: [
        {
          type: 1,
          name: input.subcommand,
          options: [{ type: 3, name: input.option, value: input.value, focused: true }],
        },
      ],
    },
  };
}

export interface ChannelMessageInput {
  content: string;
  channelId?: string;
  author?: ReturnType<typeof fakeUser>;
  mentions?: ReturnType<typeof fakeUser>[];
  id?: string;
}

/** A MESSAGE_CREATE from a user (or another bot) in a guild channel or thread. */
export function channelMessage(input: ChannelMessageInput) {
  const author = input.author ?? reporterUser;
  return {
    id: input.id ?? fakeSnowflake(),
    channel_id: input.channelId ?? FAKE_CHANNEL_ID,
    guild_id: FAKE_GUILD_ID,
    author,
    member: { roles: [], joined_at: joinedAt, deaf: false, mute: false, flags: 0 },
    content: input.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: input.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
  };
}
