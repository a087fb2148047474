import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config';
import { silentLogger } from '../../src/logging/create-logger';
import { type RunningSlack, startSlack } from '../../src/platforms/slack/start-slack';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api';
import { eventCallback, slashCommandForm } from '../support/fake-slack-requests';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';
import { eventually, postedText } from './slack-harness';

describe('Slack over Socket Mode (fake apps.connections.open + WebSocket)', () => {
  let fake: FakeSlackApi;
  let test: TestApp;
  let slack: RunningSlack;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    test = await makeTestApp({ articles: [FLYNN_SAMPLE] });
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_APP_TOKEN: 'xapp-test-token',
      SLACK_API_URL: fake.apiUrl,
    });
    slack = await startSlack({ config, app: test.app, logger: silentLogger(), retryConfig: { retries: 0 } });
  });
  afterAll(async () => {
    await slack?.stop();
    await fake?.close();
    test?.close();
  });

  it('opens the connection with the app-level token and listens on no port', async () => {
    expect(slack.mode).toBe('socket');
    expect(slack.port).toBeUndefined();
    const open = await fake.waitForCall('apps.connections.open');
    expect(open.authorization).toBe('Bearer xapp-test-token');
  });

  it('acks a /brief envelope, posts the brief, and answers a thread reply once despite a redelivery', async () => {
    const form = slashCommandForm({ text: 'flynn', channel: 'CSOCKET1', responseUrl: fake.responseUrl('socket') });
    const ack = await fake.socket.send('slash_commands', form);
    expect(ack).toEqual({});
    const brief = await fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CSOCKET1');
    expect(brief.params.blocks[0].text.text).toMatch(/Flynn/);
    const ts = String(brief.response!.ts);
    await eventually(() => test.store.conversations.articleForThread(`slack:CSOCKET1:${ts}`), 'thread link');

    const question = eventCallback('EvSocket1', {
      channel: 'CSOCKET1',
      ts: '1700003000.000001',
      threadTs: ts,
      text: 'What did Spicer say?',
    });
    await fake.socket.send('events_api', question);
    await fake.socket.send('events_api', question, { retryAttempt: 1 });
    const answer = await fake.waitForCall(
      'chat.postMessage',
      (c) => c.params.channel === 'CSOCKET1' && c.params.thread_ts === ts,
    );
    expect(postedText(answer.params)).toBeTruthy();
    expect(await test.store.conversations.markEventHandled('slack:event:EvSocket1')).toBe(false);
  });
});
