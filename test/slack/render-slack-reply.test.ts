import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/app/reply';
import { escapeSlackText } from '../../src/platforms/slack/escape-slack-text';
import { renderSlackReply, SLACK_LIMITS } from '../../src/platforms/slack/render-slack-reply';
import { slackTextToPlain } from '../../src/platforms/slack/slack-text-to-plain';

const PINGS = ['<!channel>', '<!here>', '<!everyone>', '<@U12345>', '<#C12345>', '<!subteam^S123>'];

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('escapeSlackText', () => {
  it('turns every mention token into inert text', () => {
    for (const ping of PINGS) expect(escapeSlackText(`say ${ping} now`)).not.toContain(ping);
    expect(escapeSlackText('<!channel> & co')).toBe('&lt;!channel&gt; &amp; co');
    expect(escapeSlackText('hey @everyone and @here')).not.toMatch(/@(everyone|here)/);
  });
});

describe('renderSlackReply', () => {
  const hostile: Reply = {
    kind: 'brief',
    visibility: 'channel',
    title: 'Title with <!channel> and @here',
    url: 'https://example.com/a?b=1&c=<x>|y',
    subtitle: 'by <@U999>',
    sections: [
      {
        heading: 'Key quotes <!everyone>',
        style: 'quotes',
        items: [{ text: 'Ping <!here> & <#C1>', speaker: '<@U1> Spicer' }],
      },
      { style: 'numbered', items: [{ text: 'first' }, { text: 'second', note: 'disputed' }] },
    ],
    footer: '@channel footer',
  };

  it('escapes article and user text in every field, blocks and fallback', () => {
    const [message] = renderSlackReply(hostile);
    for (const text of allStrings(message)) {
      for (const ping of PINGS) expect(text).not.toContain(ping);
      expect(text).not.toMatch(/(^|[^\u200B@])@(everyone|here|channel)\b/);
    }
    expect(message!.text).toContain('&lt;!channel&gt;');
    expect(JSON.stringify(message!.blocks)).toContain('&lt;!here&gt; &amp; &lt;#C1&gt;');
  });

  it('numbers open questions and names speakers', () => {
    const [message] = renderSlackReply(hostile);
    const text = allStrings(message!.blocks).join('\n');
    expect(text).toMatch(/^1\. first$/m);
    expect(text).toMatch(/^2\. second _\(disputed\)_$/m);
    expect(text).toMatch(/— \*&lt;@U1&gt; Spicer\*/);
  });

  it('splits long content under 3000 characters a section and 50 blocks a message, each with a fallback', () => {
    const items = Array.from({ length: 400 }, (_, i) => ({ text: `Sentence ${i} ${'word & '.repeat(60)}` }));
    const huge: Reply = {
      kind: 'digest',
      visibility: 'channel',
      title: 'Digest',
      sections: [{ heading: 'All', style: 'bullets', items }],
    };
    const messages = renderSlackReply(huge);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
      expect(m.text.length).toBeGreaterThan(0);
      expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackChars);
      for (const b of m.blocks)
        if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionChars);
    }
    const all = messages
      .flatMap((m) => m.blocks)
      .map((b) => allStrings(b).join(''))
      .join('\n');
    for (const i of [0, 199, 399]) expect(all).toContain(`Sentence ${i} `);
    expect(all).not.toMatch(/&am(?!p;)|&a(?!mp;)/);
  });

  it('cuts a single over-long item without breaking entities', () => {
    const reply: Reply = {
      kind: 'notice',
      visibility: 'ephemeral',
      sections: [{ style: 'paragraph', items: [{ text: '&'.repeat(5000) }] }],
    };
    const blocks = renderSlackReply(reply).flatMap((m) => m.blocks);
    expect(blocks.length).toBeGreaterThan(1);
    for (const b of blocks) {
      const text = (b as { text: { text: string } }).text.text;
      expect(text.length).toBeLessThanOrEqual(3000);
      expect(text).toMatch(/^(&amp;)+$/);
    }
  });
});

describe('slackTextToPlain', () => {
  it('drops the bot mention and unwraps links and entities', () => {
    expect(slackTextToPlain('<@UBOT> who said &quot;nope&quot; &amp; why? <https://x.test/a|x.test>', 'UBOT')).toBe(
      'who said &quot;nope&quot; & why? https://x.test/a',
    );
  });
});
