import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/create-logger';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';
import { eventually, postedText, startSlackHarness, type SlackHarness } from './slack-harness';

const PINGS = ['<!channel>', '<!here>', '<!everyone>', '<@U0HOSTILE>', '<#C0HOSTILE>'];

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('Slack safety and failures', () => {
  let fake: FakeSlackApi;
  let test: TestApp;
  let slack: SlackHarness;
  const logLines: string[] = [];
  const logger = createLogger({
    level: 'info',
    destination: new Writable({ write(chunk, _enc, done) { logLines.push(String(chunk)); done(); } }),
  });

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    test = await makeTestApp({ articles: [FLYNN_SAMPLE] });
    await test.app.ingest({
      source: 'paste',
      title: 'Harbour council <!channel> vote delayed',
      text:
        'Harbour council <!channel> vote delayed\n\n' +
        'The harbour council delayed its vote on the marina on Tuesday, officials said. ' +
        '"Tell <!channel> and <!here> and <!everyone> that we are not done," said council leader Mara Quist. ' +
        'Residents wrote to <@U0HOSTILE> in <#C0HOSTILE> and @everyone asking for answers. ' +
        'It is not clear when the vote will be held, and the budget has not been confirmed.\n',
    });
    slack = await startSlackHarness({ app: test.app, fake, logger });
  });
  afterAll(async () => {
    await slack?.stop();
    await fake?.close();
    test?.close();
  });

  it('posts an article containing <!channel> and other mentions escaped', async () => {
    expect((await slack.command({ text: 'harbour council marina', channel: 'CESCAPE1' })).status).toBe(200);
    const post = await fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CESCAPE1');
    const strings = allStrings(post.params);
    for (const s of strings) for (const ping of PINGS) expect(s).not.toContain(ping);
    expect(strings.some((s) => s.includes('&lt;!channel&gt;'))).toBe(true);
    expect(post.params.blocks[0].text.text).toMatch(/Harbour council/);
  });

  it('answers 401 to a bad signature or a stale timestamp and posts nothing', async () => {
    const bad = await slack.command({ text: 'flynn', channel: 'CBADSIG1' }, { signature: 'v0=' + '0'.repeat(64) });
    expect(bad.status).toBe(401);
    const staleSec = Math.floor(Date.now() / 1000) - 10 * 60;
    const stale = await slack.command({ text: 'flynn', channel: 'CBADSIG1' }, { timestampSec: staleSec });
    expect(stale.status).toBe(401);
    const badEvent = await slack.event('EvBadSig', { channel: 'CBADSIG1', ts: '1700001000.000001', text: 'hi' }, { secret: 'wrong-secret' });
    expect(badEvent.status).toBe(401);
    // A valid command afterwards is served; nothing was posted for the rejected ones.
    await slack.command({ text: 'flynn', channel: 'CAFTER01' });
    await fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CAFTER01');
    expect(fake.calls.filter((c) => c.params.channel === 'CBADSIG1' || c.params.responseId === 'bad')).toHaveLength(0);
  });

  it('says so, only to the asker, when nothing matches, listing the closest titles', async () => {
    expect((await slack.command({ text: 'Imunity Comittee Rejectz', channel: 'CNOMATCH', responseId: 'nomatch' })).status).toBe(200);
    const reply = await fake.waitForCall('response_url', (c) => c.params.responseId === 'nomatch');
    expect(reply.params.response_type).toBe('ephemeral');
    const text = postedText(reply.params);
    expect(text).toMatch(/No stored story matches/);
    expect(text).toMatch(/Closest titles/);
    expect(text).toMatch(/Flynn/);
    expect(fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'CNOMATCH')).toHaveLength(0);
  });

  it('turns a Web API error into a logged, ephemeral apology and keeps serving', async () => {
    fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await slack.command({ text: 'flynn', channel: 'CPRIVATE', responseId: 'apology' });
    const apology = await fake.waitForCall('response_url', (c) => c.params.responseId === 'apology');
    expect(apology.params.response_type).toBe('ephemeral');
    expect(apology.params.text).toMatch(/Invite me/);
    const logged = logLines.map((l) => JSON.parse(l)).find((l) => l.code === 'not_in_channel');
    expect(logged).toMatchObject({ level: 50, channel: 'CPRIVATE', slackCommand: '/brief' });
    expect(logLines.join('')).not.toContain('xoxb-test-token');
    await slack.command({ text: 'flynn', channel: 'CPRIVATE' });
    await fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CPRIVATE' && c.response?.ok === true);
  });

  it('apologises in the thread, to the asker only, when answering a thread question fails', async () => {
    await slack.command({ text: 'flynn', channel: 'CTHRFAIL' });
    const brief = await fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CTHRFAIL' && c.response?.ok === true);
    const ts = String(brief.response!.ts);
    await eventually(() => test.store.conversations.articleForThread(`slack:CTHRFAIL:${ts}`), 'link');
    fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    await slack.event('EvFail1', { channel: 'CTHRFAIL', ts: '1700001100.000001', threadTs: ts, text: 'Who said nope?' });
    const apology = await fake.waitForCall('chat.postEphemeral', (c) => c.params.channel === 'CTHRFAIL');
    expect(apology.params).toMatchObject({ user: 'U0000002', thread_ts: ts });
    expect(apology.params.text).toMatch(/Sorry/);
  });

  it('retries a 429 after its Retry-After and then posts', async () => {
    const patient = await startSlackHarness({ app: test.app, fake, retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } });
    try {
      fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
      await patient.command({ text: 'flynn', channel: 'CRATELIM' });
      const ok = await fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CRATELIM' && c.response?.ok === true);
      const attempts = fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'CRATELIM');
      expect(attempts).toHaveLength(2);
      expect(attempts[0]!.response).toBeUndefined(); // the 429
      expect(ok.at - attempts[0]!.at).toBeGreaterThanOrEqual(990); // waited out Retry-After: 1
    } finally {
      await patient.stop();
    }
  });

  it('apologises when rate limiting outlasts the retries', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    await slack.command({ text: 'flynn', channel: 'CRATEOUT', responseId: 'ratelimited' });
    const apology = await fake.waitForCall('response_url', (c) => c.params.responseId === 'ratelimited');
    expect(apology.params.text).toMatch(/rate-limiting/);
  });
});
