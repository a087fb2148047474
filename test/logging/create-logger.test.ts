import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { createLogger } from '../../src/logging/create-logger';

/** A logger writing to memory; `lines()` are the JSON lines written so far. */
function memoryLogger(level: string) {
  const destination = new PassThrough();
  let text = '';
  destination.on('data', (chunk) => (text += String(chunk)));
  const logger = createLogger({ level, destination });
  const lines = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  };
  return { logger, lines };
}

it('writes lines at and above its level as JSON, with credentials redacted, and skips the rest', async () => {
  const { logger, lines } = memoryLogger('warn');
  logger.info({ engine: 'extractive' }, 'analysis engine');
  logger.debug('details');
  logger.warn({ token: 'xoxb-secret', slack: { token: 'xoxb-nested' }, channel: 'C1' }, 'Slack is slow');
  logger.error({ err: 'boom' }, 'failed');
  const written = await lines();
  expect(written.map((l) => l.msg)).toEqual(['Slack is slow', 'failed']);
  expect(written[0]).toMatchObject({ app: 'newsbrief', level: 40, token: '[redacted]', channel: 'C1' });
  expect(written[0]!.slack).toEqual({ token: '[redacted]' });
  expect(JSON.stringify(written)).not.toContain('xoxb');
});

it('behaves as pino beyond the level methods: children, level changes, level checks', async () => {
  const { logger, lines } = memoryLogger('warn');
  expect(logger.isLevelEnabled('info')).toBe(false);
  expect(logger.level).toBe('warn');
  const child = logger.child({ component: 'scheduler' });
  child.warn('slot late');
  logger.level = 'info';
  logger.info('now shown');
  const written = await lines();
  expect(written.map((l) => [l.msg, l.component])).toEqual([
    ['slot late', 'scheduler'],
    ['now shown', undefined],
  ]);
});

it('a silent logger writes nothing, even for errors', async () => {
  const { logger, lines } = memoryLogger('silent');
  logger.error('ignored');
  logger.fatal('ignored too');
  logger.child({ a: 1 }).error('and this');
  expect(await lines()).toEqual([]);
});

it('refuses an unknown level at once, as pino does', () => {
  expect(() => createLogger({ level: 'verbose', destination: new PassThrough() })).toThrow(/verbose/);
});
