import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const manifests = ['slack/app-manifest.yaml', 'slack/app-manifest-socket-mode.yaml'];

describe('Slack app manifests', () => {
  it.each(manifests)('%s declares what the app listens to and the scopes it needs', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).toMatch(/- command: \/brief\b/);
    for (const event of ['app_mention', 'message.channels', 'message.groups', 'message.im'])
      expect(text).toContain(`- ${event}`);
    for (const scope of [
      'commands',
      'chat:write',
      'app_mentions:read',
      'channels:history',
      'groups:history',
      'im:history',
    ]) {
      expect(text).toMatch(new RegExp(`- ${scope}\\b`));
    }
  });

  it('points HTTP mode at /slack/events and turns Socket Mode on in the socket variant', () => {
    const http = readFileSync(join(root, manifests[0]!), 'utf8');
    expect(http.match(/https:\/\/[^\s]+\/slack\/events/g)).toHaveLength(2);
    expect(http).toMatch(/socket_mode_enabled: false/);
    expect(readFileSync(join(root, manifests[1]!), 'utf8')).toMatch(/socket_mode_enabled: true/);
  });
});
