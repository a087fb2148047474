import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/create-logger';
import { eventually, postedText, startSlackHarness, useSlackTestEnv } from './slack-harness';

const PINGS = ['<!channel>', '<!here>', '<!everyone>', '<@U0HOSTILE>', '<#C0HOSTILE>'];

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('Slack safety and failures', () => {
  const logLines: string[] = [];
  const logger = createLogger({
    level: 'info',
    destination: new Writable({
      write(chunk, _enc, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
  });

  const env = useSlackTestEnv({
    logger,
    seed: (test) =>
      test.app
        .ingest({
          source: 'paste',
          title: 'Harbour council <!channel> vote delayed',
          text:
            'Harbour council <!channel> vote delayed\n\n' +
            'The harbour council delayed its vote on the marina on Tuesday, officials said. ' +
            '"Tell <!channel> and <!here> and <!everyone> that we are not done," said council leader Mara Quist. ' +
            'Residents wrote to <@U0HOSTILE> in <#C0HOSTILE> and @everyone asking for answers. ' +
            'It is not clear when the vote will be held, and the budget has not been confirmed.\n',
        })
        .then(() => undefined),
  });

  it('posts an article containing <!channel> and other mentions escaped', async () => {
    expect((await env.slack.command({ text: 'harbour council marina', channel: 'CESCAPE1' })).status).toBe(200);
    const post = await env.fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CESCAPE1');
    const strings = allStrings(post.params);
    for (const s of strings) for (const ping of PINGS) expect(s).not.toContain(ping);
    expect(strings.some((s) => s.includes('&lt;!channel&gt;'))).toBe(true);
    expect(post.params.blocks[0].text.text).toMatch(/Harbour council/);
  });

  it('answers 401 to a bad signature or a stale timestamp and posts nothing', async () => {
    const bad = await env.slack.command({ text: 'flynn', channel: 'CBADSIG1' }, { signature: `v0=${'0'.repeat(64)}` });
    expect(bad.status).toBe(401);
    const staleSec = Math.floor(Date.now() / 1000) - 10 * 60;
    const stale = await env.slack.command({ text: 'flynn', channel: 'CBADSIG1' }, { timestampSec: staleSec });
    expect(stale.status).toBe(401);
    const badEvent = await env.slack.event(
      'EvBadSig',
      { channel: 'CBADSIG1', ts: '1700001000.000001', text: 'hi' },
      { secret: 'wrong-secret' },
    );
    expect(badEvent.status).toBe(401);
    // A valid command afterwards is served; nothing was posted for the rejected ones.
    await env.slack.command({ text: 'flynn', channel: 'CAFTER01' });
    await env.fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CAFTER01');
    expect(env.fake.calls.filter((c) => c.params.channel === 'CBADSIG1' || c.params.responseId === 'bad')).toHaveLength(
      0,
    );
  });

  it('says so, only to the asker, when nothing matches, listing the closest titles', async () => {
    expect(
      (await env.slack.command({ text: 'Imunity Comittee Rejectz', channel: 'CNOMATCH', responseId: 'nomatch' }))
        .status,
    ).toBe(200);
    const reply = await env.fake.waitForCall('response_url', (c) => c.params.responseId === 'nomatch');
    expect(reply.params.response_type).toBe('ephemeral');
    const text = postedText(reply.params);
    expect(text).toMatch(/No stored story matches/);
    expect(text).toMatch(/Closest titles/);
    expect(text).toMatch(/Flynn/);
    expect(env.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'CNOMATCH')).toHaveLength(0);
  });

  it('turns a Web API error into a logged, ephemeral apology and keeps serving', async () => {
    env.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await env.slack.command({ text: 'flynn', channel: 'CPRIVATE', responseId: 'apology' });
    const apology = await env.fake.waitForCall('response_url', (c) => c.params.responseId === 'apology');
    expect(apology.params.response_type).toBe('ephemeral');
    expect(apology.params.text).toMatch(/Invite me/);
    const logged = logLines.map((l) => JSON.parse(l)).find((l) => l.code === 'not_in_channel');
    expect(logged).toMatchObject({ level: 50, channel: 'CPRIVATE', slackCommand: '/brief' });
    expect(logLines.join('')).not.toContain('xoxb-test-token');
    await env.slack.command({ text: 'flynn', channel: 'CPRIVATE' });
    await env.fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CPRIVATE' && c.response?.ok === true);
  });

  it('apologises in the thread, to the asker only, when answering a thread question fails', async () => {
    await env.slack.command({ text: 'flynn', channel: 'CTHRFAIL' });
    const brief = await env.fake.waitForCall(
      'chat.postMessage',
      (c) => c.params.channel === 'CTHRFAIL' && c.response?.ok === true,
    );
    const ts = String(brief.response!.ts);
    await eventually(() => env.test.store.conversations.articleForThread(`slack:CTHRFAIL:${ts}`), 'link');
    env.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    await env.slack.event('EvFail1', {
      channel: 'CTHRFAIL',
      ts: '1700001100.000001',
      threadTs: ts,
      text: 'Who said nope?',
    });
    const apology = await env.fake.waitForCall('chat.postEphemeral', (c) => c.params.channel === 'CTHRFAIL');
    expect(apology.params).toMatchObject({ user: 'U0000002', thread_ts: ts });
    expect(apology.params.text).toMatch(/Sorry/);
  });

  it('retries a 429 after its Retry-After and then posts', async () => {
    const patient = await startSlackHarness({
      app: env.test.app,
      fake: env.fake,
      retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 },
    });
    try {
      env.fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
      await patient.command({ text: 'flynn', channel: 'CRATELIM' });
      const ok = await env.fake.waitForCall(
        'chat.postMessage',
        (c) => c.params.channel === 'CRATELIM' && c.response?.ok === true,
      );
      const attempts = env.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'CRATELIM');
      expect(attempts).toHaveLength(2);
      expect(attempts[0]!.response).toBeUndefined(); // the 429
      expect(ok.at - attempts[0]!.at).toBeGreaterThanOrEqual(990); // waited out Retry-After: 1
    } finally {
      await patient.stop();
    }
  });

  it('apologises when rate limiting outlasts the retries', async () => {
    env.fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    await env.slack.command({ text: 'flynn', channel: 'CRATEOUT', responseId: 'ratelimited' });
    const apology = await env.fake.waitForCall('response_url', (c) => c.params.responseId === 'ratelimited');
    expect(apology.params.text).toMatch(/rate-limiting/);
  });
});
