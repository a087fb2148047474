import { describe, expect, it } from 'vitest';
import { postedText, useSlackTestEnv } from './slack-harness';

describe('Slack /brief over HTTP (real Bolt app, fake Web API)', () => {
  const env = useSlackTestEnv();

  it('answers GET /healthz and 404s other paths without touching Slack', async () => {
    const base = env.slack.eventsUrl.replace('/slack/events', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/nope`, { method: 'POST' })).status).toBe(404);
  });

  it('checks its own identity with auth.test at start', () => {
    expect(env.fake.callsTo('auth.test').length).toBeGreaterThan(0);
  });

  it('acks /brief flynn at once, then posts a brief with the Spicer quotes and the open questions', async () => {
    const res = await env.slack.command({ text: 'flynn', channel: 'CBRIEF01' });
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);
    const post = await env.fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CBRIEF01');
    const text = postedText(post.params);
    expect(post.params.text).toBeTruthy();
    expect(post.params.blocks[0]).toMatchObject({ type: 'header' });
    expect(post.params.blocks[0].text.text).toMatch(/Flynn/);
    expect(text).toMatch(/Key quotes/);
    expect(text).toMatch(/Spicer/);
    expect(text).toMatch(/He \[Trump\] believes that Mike Flynn should go testify/);
    expect(text).toMatch(/He thinks that he \[Flynn\] should go up there/);
    expect(text).toMatch(/Open questions/);
    expect(text).toMatch(/^1\. /m);
    expect(post.authorization).toBe('Bearer xoxb-test-token');
  });

  it('stores a pasted article with the characters typed, not the entities Slack escapes them to', async () => {
    // Slack sends "&", "<" and ">" in a command's text as entities, as it does in every text.
    const text = [
      'add Marks &amp; Spencer to shut 40 stores in Wales and the West',
      '',
      'Marks &amp; Spencer said on Monday that 40 stores would shut by March, a move the shop workers’ union called &lt;a betrayal&gt; of staff.',
      '',
      '“We have looked at every store,” the chief executive, Alan Grey, said. The union said talks would go on.',
    ].join('\n');
    expect((await env.slack.command({ text, channel: 'CADDAMP1' })).status).toBe(200);
    await env.fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CADDAMP1');
    const [found] = await env.test.store.articles.search('spencer wales', 1);
    const article = await env.test.store.articles.get(found!.id);
    expect(article?.title).toBe('Marks & Spencer to shut 40 stores in Wales and the West');
    expect(article?.text).toContain('called <a betrayal> of staff');
    expect(article?.text).not.toMatch(/&amp;|&lt;|&gt;/);
  });
});
