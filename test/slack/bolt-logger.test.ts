import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { createLogger } from '../../src/logging/create-logger';
import { boltLogger } from '../../src/platforms/slack/bolt-logger';

it('keeps Slack tokens quoted in SDK log lines out of the logs', () => {
  const lines: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: new Writable({
      write(chunk, _enc, next) {
        lines.push(String(chunk));
        next();
      },
    }),
  });
  const slack = boltLogger(logger);
  slack.debug('http request body:', { token: 'xoxb-1234-5678-abcdef', channel: 'C1' });
  slack.warn('socket mode: app token xapp-1-A01-999-ffff rejected');
  slack.error(new Error('invalid_auth for xoxp-42-secret'));
  const all = lines.join('');
  expect(all).not.toMatch(/xoxb-1234|xapp-1-A01|xoxp-42/);
  expect(all.match(/\[redacted\]/g)).toHaveLength(3);
  expect(all).toContain('"channel\\":\\"C1\\"');
});
