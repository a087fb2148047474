import { afterEach, describe, expect, it } from 'vitest';
import { type ChannelPoster, scheduledPostKey } from '../../src/app/channel-poster';
import type { Reply } from '../../src/app/reply';
import { silentLogger } from '../../src/logging/create-logger';
import { createSlackSchedulerPoster } from '../../src/platforms/slack/slack-poster';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api';

// A digest too long for one Slack message is posted as a root plus overflow parts in its thread.
// When a later part fails, the scheduler retries the slot: it asks findScheduled first, then posts.
// The newsroom must end up with every part exactly once.
const SLOT_MS = 1_700_000_000_000;
const key = scheduledPostKey(7, SLOT_MS, SLOT_MS);

/** 1 header + 120 sections = 121 blocks: three messages of at most 50 blocks. */
const longDigest: Reply = {
  kind: 'digest',
  visibility: 'channel',
  title: 'Digest',
  sections: Array.from({ length: 120 }, (_, i) => ({
    style: 'paragraph' as const,
    items: [{ text: `Story ${i + 1}` }],
  })),
};

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(): Promise<{ fake: FakeSlackApi; poster: ChannelPoster }> {
  const fake = await startFakeSlackApi({ now: () => SLOT_MS });
  cleanups.push(() => fake.close());
  const poster = createSlackSchedulerPoster({ token: 'xoxb-test', apiUrl: fake.apiUrl, logger: silentLogger() });
  return { fake, poster };
}

/** What deliverClaimedSlot does on a retry: look for the earlier post, post only if not found. */
async function retry(poster: ChannelPoster, channelId: string) {
  return (await poster.findScheduled!(channelId, key)) ?? (await poster.post(channelId, longDigest, key));
}

/** Which stories a thread's messages carry, in order ("Story 51" first line of part 2…). */
function storiesIn(texts: string[]): number[] {
  return texts.flatMap((t) => [...t.matchAll(/Story (\d+)/g)].map((m) => Number(m[1])));
}

describe('Slack scheduled posts in several parts', () => {
  it('a retry after a later part failed posts the missing parts only, not the first one again', async () => {
    const { fake, poster } = await setup();
    fake.failNext('chat.postMessage', { ok: true }, { ok: true }, { error: 'fatal_error' });
    await expect(poster.post('slack:CPARTS01', longDigest, key)).rejects.toThrow();

    const posted = await retry(poster, 'slack:CPARTS01');

    const roots = fake.channelMessages('CPARTS01');
    expect(roots).toHaveLength(1);
    expect(posted.messageRef).toBe(`slack:CPARTS01:${roots[0]!.ts}`);
    const thread = fake.threadMessages('CPARTS01', roots[0]!.ts);
    expect(thread).toHaveLength(2);
    const all = storiesIn([roots[0]!.text, ...thread.map((m) => m.text)]);
    expect(all).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });

  it('a retry after the second part failed posts parts two and three, once each', async () => {
    const { fake, poster } = await setup();
    fake.failNext('chat.postMessage', { ok: true }, { error: 'fatal_error' });
    await expect(poster.post('slack:CPARTS02', longDigest, key)).rejects.toThrow();

    await retry(poster, 'slack:CPARTS02');

    const roots = fake.channelMessages('CPARTS02');
    expect(roots).toHaveLength(1);
    const thread = fake.threadMessages('CPARTS02', roots[0]!.ts);
    expect(storiesIn(thread.map((m) => m.text))).toEqual(Array.from({ length: 71 }, (_, i) => i + 50));
  });

  it('a post whose parts all got through is found whole and not touched', async () => {
    const { fake, poster } = await setup();
    const first = await poster.post('slack:CPARTS03', longDigest, key);
    const before = fake.callsTo('chat.postMessage').length;

    expect(await poster.findScheduled!('slack:CPARTS03', key)).toEqual(first);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(before);
  });
});
