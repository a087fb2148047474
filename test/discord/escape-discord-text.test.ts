import { describe, expect, it } from 'vitest';
import {
  escapeDiscordText,
  neutraliseDiscordMentions,
  truncateDiscordText,
} from '../../src/platforms/discord/escape-discord-text';

describe('escapeDiscordText', () => {
  it('neutralises every kind of mention so nothing looks like (or is) a ping', () => {
    const out = escapeDiscordText(
      '@everyone @here <@123456789012345678> <@!123456789012345678> <@&987654321098765432> <!channel> <!here>',
    );
    expect(out).not.toMatch(/@everyone|@here|<@!?\d|<@&|<!channel>|<!here>/);
    expect(out.replaceAll('\u200b', '')).toContain('@everyone');
  });

  it('escapes markdown that would restyle or hijack the layout, keeping the visible text', () => {
    expect(escapeDiscordText('**bold** _it_ ~~s~~ ||spoiler|| [click](https://evil.example)')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\[click\\](https://evil.example)',
    );
    expect(escapeDiscordText('# Heading\n> quote\n- item\n1. first\n-# small')).toBe(
      '\\# Heading\n\\> quote\n\\- item\n1\\. first\n\\-# small',
    );
  });

  it('leaves URLs clickable and mid-line punctuation alone', () => {
    expect(escapeDiscordText('See https://example.com/a_b*c for 3 > 2 - ok')).toBe(
      'See https://example.com/a_b*c for 3 > 2 - ok',
    );
  });

  it('neutraliseDiscordMentions touches only mentions', () => {
    expect(neutraliseDiscordMentions('**x** @here')).toBe('**x** @\u200bhere');
  });

  it('truncates to the limit without splitting a surrogate pair or leaving a dangling escape', () => {
    expect(truncateDiscordText('abcdef', 4)).toBe('abc…');
    expect(truncateDiscordText('ab\\*cd', 4)).toBe('ab…');
    const emoji = truncateDiscordText('ab😀cd', 4);
    expect(emoji.length).toBeLessThanOrEqual(4);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
