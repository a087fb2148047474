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

it("redacts a child logger's bindings as it redacts a line's fields, at any depth", async () => {
  const { logger, lines } = memoryLogger('warn');
  const child = logger.child({ channel: 'C1', token: 'xoxb-bound', slack: { authorization: 'Bearer xoxb-deep' } });
  child.warn({ user: 'U1' }, 'Slack is slow');
  child.child({ apiKey: 'sk-grandchild' }).warn('again');
  const written = await lines();
  expect(written).toHaveLength(2);
  expect(written[0]).toMatchObject({ app: 'newsbrief', channel: 'C1', user: 'U1', token: '[redacted]' });
  expect(written[0]!.slack).toEqual({ authorization: '[redacted]' });
  expect(written[1]).toMatchObject({ channel: 'C1', apiKey: '[redacted]' });
  expect(JSON.stringify(written)).not.toMatch(/xoxb|sk-grandchild/);
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

it('redacts credentials at any depth and in any case, and drops the request an SDK error carries', async () => {
  const { logger, lines } = memoryLogger('info');
  logger.info({ headers: { Authorization: 'Bearer sk-secret-1' }, channel: 'C1' }, 'request');
  // The shape of an axios-wrapped Slack WebAPI error: the request config rides along in `original`.
  const slackError = Object.assign(new Error('An HTTP protocol error occurred: statusCode = 500'), {
    code: 'slack_webapi_http_error',
    original: { config: { headers: { Authorization: 'Bearer xoxb-secret-2' }, data: 'token=xoxb-secret-3' } },
  });
  logger.error({ err: slackError }, 'slack failed');
  logger.error({ err: { original: { config: { headers: { Authorization: 'Bearer xoxb-secret-4' } } } } }, 'plain');
  logger.warn({ a: { b: { c: { d: { Cookie: 'sid=secret-5', Password: 'secret-6', botToken: 'xoxb-secret-7' } } } } });
  const written = await lines();
  expect(JSON.stringify(written)).not.toMatch(/secret/);
  expect(written[0]).toMatchObject({ channel: 'C1', headers: { Authorization: '[redacted]' } });
  // The error itself is still useful: its type, message, code and stack survive.
  expect(written[1]!.err).toMatchObject({
    type: 'Error',
    code: 'slack_webapi_http_error',
    message: slackError.message,
  });
  expect((written[1]!.err as { stack?: string }).stack).toContain('Error: An HTTP protocol error');
  expect(written[3]).toMatchObject({ a: { b: { c: { d: { Cookie: '[redacted]', Password: '[redacted]' } } } } });
});

it('logs an error with a cycle or a cause without throwing', async () => {
  const { logger, lines } = memoryLogger('info');
  const cyclic: Record<string, unknown> = { name: 'loop' };
  cyclic.self = cyclic;
  logger.error({ err: new Error('outer', { cause: new Error('inner') }), cyclic }, 'nested');
  const [line] = await lines();
  expect(line!.err).toMatchObject({ message: 'outer', cause: { message: 'inner' } });
  expect(line!.cyclic).toEqual({ name: 'loop', self: '[circular]' });
});
