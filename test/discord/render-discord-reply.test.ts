import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/app/reply';
import { DISCORD_LIMITS, renderDiscordReply } from '../../src/platforms/discord/render-discord-reply';

const brief: Reply = {
  kind: 'brief',
  visibility: 'channel',
  title: 'Senate panel rejects Flynn immunity request',
  url: 'https://example.com/flynn',
  subtitle: 'Sputnik · added 2026-01-01',
  sections: [
    { heading: 'Summary', style: 'bullets', items: [{ text: 'The committee said no.' }] },
    {
      heading: 'Key quotes',
      style: 'quotes',
      items: [
        { text: 'Nope.', speaker: 'Spicer' },
        { text: 'Unattributed line', speaker: null },
      ],
    },
    { heading: 'Open questions', style: 'numbered', items: [{ text: 'What did the letter ask?', note: 'disputed' }] },
  ],
  footer: '#1 · extractive',
  threadArticleId: 1,
};

function totalChars(embeds: any[]): number {
  return embeds.reduce(
    (n, e) =>
      n +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text?.length ?? 0) +
      (e.fields ?? []).reduce((m: number, f: any) => m + f.name.length + f.value.length, 0),
    0,
  );
}

describe('renderDiscordReply', () => {
  it('renders a brief as an embed whose title links to the source, with quotes and numbered questions', () => {
    const { embeds, content, ephemeral } = renderDiscordReply(brief);
    expect(content).toBeUndefined();
    expect(ephemeral).toBe(false);
    expect(embeds[0]).toMatchObject({ title: brief.title, url: 'https://example.com/flynn' });
    expect(embeds[0]!.description).toContain('Sputnik');
    const fields = embeds[0]!.fields!;
    expect(fields.map((f) => f.name)).toEqual(['Summary', 'Key quotes', 'Open questions']);
    expect(fields[1]!.value).toBe('> “Nope.”\n> — Spicer\n> “Unattributed line”');
    expect(fields[2]!.value).toBe('**1.** What did the letter ask? *(disputed)*');
    expect(embeds.at(-1)!.footer?.text).toBe('#1 · extractive');
  });

  it('drops a non-web URL rather than linking it', () => {
    expect(renderDiscordReply({ ...brief, url: 'javascript:alert(1)' }).embeds[0]!.url).toBeUndefined();
  });

  it('renders short notices as plain text and keeps their visibility', () => {
    const out = renderDiscordReply({
      kind: 'notice',
      visibility: 'ephemeral',
      sections: [
        { style: 'paragraph', items: [{ text: 'No stored story matches “x”.' }] },
        { heading: 'Closest titles', style: 'bullets', items: [{ text: 'A', note: '/brief #2' }] },
      ],
    });
    expect(out).toMatchObject({ ephemeral: true, embeds: [] });
    expect(out.content).toBe('No stored story matches “x”.\n\n**Closest titles**\n• A *(/brief #2)*');
  });

  it('keeps a huge reply inside every Discord limit and says it was shortened', () => {
    const long = 'word '.repeat(400);
    const huge: Reply = {
      ...brief,
      title: 'T'.repeat(400),
      subtitle: 'S'.repeat(5000),
      sections: Array.from({ length: 40 }, (_, i) => ({
        heading: `Section ${i}`,
        style: 'bullets' as const,
        items: [{ text: long }, { text: long }],
      })),
      footer: 'F'.repeat(3000),
    };
    const { embeds } = renderDiscordReply(huge);
    expect(embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
    expect(totalChars(embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
    for (const e of embeds) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.title);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
      for (const f of e.fields ?? []) {
        expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
        expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      }
      expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
    }
    expect(embeds.at(-1)!.footer!.text).toMatch(/shortened to fit Discord/);
  });

  it('splits many fields over several embeds (25 per embed) when the text is short', () => {
    const many: Reply = {
      kind: 'list',
      visibility: 'channel',
      title: 'Schedules',
      sections: Array.from({ length: 30 }, (_, i) => ({
        heading: `S${i}`,
        style: 'bullets' as const,
        items: [{ text: 'x' }],
      })),
    };
    const { embeds } = renderDiscordReply(many);
    expect(embeds.map((e) => e.fields?.length)).toEqual([25, 5]);
  });

  it('cuts a long plain notice into embeds rather than over 2000 characters', () => {
    const out = renderDiscordReply({
      kind: 'notice',
      visibility: 'channel',
      sections: [{ style: 'paragraph', items: [{ text: 'x'.repeat(2500) }] }],
    });
    expect(out.content).toBeUndefined();
    expect(out.embeds[0]!.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
  });
});
