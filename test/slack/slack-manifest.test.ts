import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefCommands } from '../../commands/index';

const root = join(import.meta.dirname, '../..');
const manifests = ['slack/app-manifest.yaml', 'slack/app-manifest-socket-mode.yaml'];

describe('Slack app manifests', () => {
  it.each(manifests)('%s declares what the app listens to and the scopes it needs', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).toMatch(/- command: \/brief\b/);
    for (const event of [
      'app_mention',
      'message.channels',
      'message.groups',
      'message.im',
      'member_left_channel',
      'channel_left',
      'group_left',
    ])
      expect(text).toContain(`- ${event}`);
    for (const scope of [
      'commands',
      'chat:write',
      'app_mentions:read',
      'channels:history',
      'groups:history',
      'im:history',
      'channels:join',
      'channels:read',
      'groups:read',
      'users:read',
    ]) {
      expect(text).toMatch(new RegExp(`- ${scope}\\b`));
    }
    // The message shortcut, and the interactivity it needs.
    expect(text).toMatch(
      /shortcuts:\n\s+- name: Brief this article\n\s+type: message\n\s+callback_id: brief_this_article/,
    );
    expect(text).toMatch(/interactivity:\n\s+is_enabled: true/);
    // The hint Slack shows while typing /brief marks optional arguments as the commands take them.
    const hint = /usage_hint: "([^"]+)"/.exec(text)?.[1] ?? '';
    for (const name of ['follow', 'digest']) {
      const usage = briefCommands.find((c) => c.name === name)!.usage;
      const part = hint.split(' | ').find((p) => p.startsWith(`${name} `)) ?? '';
      expect(usage.includes('[HH:MM]'), name).toBe(part.includes('[HH:MM]'));
    }
  });

  it('points HTTP mode at /slack/events and turns Socket Mode on in the socket variant', () => {
    const http = readFileSync(join(root, manifests[0]!), 'utf8');
    // Commands, events and interactivity (the shortcut) all go to the one endpoint.
    expect(http.match(/https:\/\/[^\s]+\/slack\/events/g)).toHaveLength(3);
    expect(http).toMatch(/socket_mode_enabled: false/);
    expect(readFileSync(join(root, manifests[1]!), 'utf8')).toMatch(/socket_mode_enabled: true/);
  });
});
