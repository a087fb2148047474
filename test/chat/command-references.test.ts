import { describe, expect, it } from 'vitest';
import { cmd, type Reply, said } from '../../src/app/reply';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { escapeDiscordText } from '../../src/platforms/discord/escape-discord-text';
import { renderDiscordReply } from '../../src/platforms/discord/render-discord-reply';
import { renderSlackReply } from '../../src/platforms/slack/render-slack-reply';
import { embedText } from '../discord/discord-harness';

const reply: Reply = {
  kind: 'list',
  visibility: 'channel',
  title: 'Recent stories',
  sections: [
    { style: 'paragraph', items: [said('Stop with ', cmd('unfollow', 's3'), '.')] },
    { heading: 'Stories', style: 'bullets', items: [{ text: 'Ferry `contract` row', command: cmd('', '#12') }] },
  ],
  footer: ['Brief one with ', cmd('', '#<id>')],
};

describe('command references: each platform writes them its own way', () => {
  it('console: plain /brief commands', () => {
    const text = renderConsoleReply(reply);
    expect(text).toContain('Stop with /brief unfollow s3.');
    expect(text).toContain('• Ferry `contract` row (/brief #12)');
    expect(text).toContain('-- Brief one with /brief #<id>');
  });

  it('Slack: commands as inline code, the query form as /brief <words>', () => {
    const [message] = renderSlackReply(reply);
    const text = JSON.stringify(message);
    expect(text).toContain('Stop with `/brief unfollow s3`.');
    expect(text).toContain('`/brief #12`');
    expect(text).toContain('Brief one with `/brief #&lt;id&gt;`');
  });

  it('Discord: the query form is /brief story …, as the command is registered there', () => {
    const body = renderDiscordReply(reply);
    const text = embedText(body.embeds);
    expect(text).toContain('Stop with `/brief unfollow s3`.');
    expect(text).toContain('`/brief story #12`');
    expect(text).not.toMatch(/`\/brief #12`/);
    expect(body.embeds.at(-1)!.footer!.text).toContain('/brief story #<id>');
    // Article text cannot open a code span of its own: its backticks are escaped.
    expect(text).toContain('Ferry \\`contract\\` row');
  });

  it('the Discord escaper escapes backticks', () => {
    expect(escapeDiscordText('run `rm -rf` now')).toBe('run \\`rm -rf\\` now');
  });
});
