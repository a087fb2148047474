import { expect, test } from 'vitest';
import type { Reply } from '../../src/app/reply';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { renderDiscordReply } from '../../src/platforms/discord/render-discord-reply';
import { renderSlackReply } from '../../src/platforms/slack/render-slack-reply';

// Web copy often breaks a sentence across lines; the article's text keeps those breaks.
const reply: Reply = {
  kind: 'brief',
  visibility: 'channel',
  title: 'Harbour reopens',
  sections: [
    { heading: 'Summary', style: 'bullets', items: [{ text: 'The harbour\nreopened on\n  Monday.' }] },
    {
      heading: 'Key quotes',
      style: 'quotes',
      items: [{ text: 'We waited\r\nall winter\nfor this.', speaker: 'Ana Ruiz' }],
    },
    { heading: 'Open questions', style: 'numbered', items: [{ text: 'When will\nthe ferry run?' }] },
    { style: 'paragraph', items: [{ text: 'First line.\nSecond line.' }] },
  ],
};

test('list items render on one line on every platform; a paragraph keeps its line breaks', () => {
  const outputs = {
    slack: JSON.stringify(renderSlackReply(reply)),
    discord: JSON.stringify(renderDiscordReply(reply)),
    console: JSON.stringify(renderConsoleReply(reply)),
  };
  for (const [platform, out] of Object.entries(outputs)) {
    // Each renderer's JSON string escapes a line break as \n, which the checks below read back.
    const rendered = out.replaceAll('\\n', '\n');
    expect(rendered, platform).toContain('The harbour reopened on Monday.');
    expect(rendered, platform).toContain('We waited all winter for this.');
    expect(rendered, platform).toContain('When will the ferry run?');
    expect(rendered, platform).toContain('First line.\nSecond line.');
  }
});
