import { expect, test } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import type { Reply } from '../../src/app/reply';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { renderDiscordReply } from '../../src/platforms/discord/render-discord-reply';
import { renderSlackReply } from '../../src/platforms/slack/render-slack-reply';
import { FLYNN_SAMPLE, makeTestApp } from '../support/make-test-app';

const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

// "Mayor \u202Eseod\u202C resigns" shows as "Mayor does resigns"-style reversed text, and an
// unclosed override flips the bot's own words after it.
const reply: Reply = {
  kind: 'brief',
  visibility: 'channel',
  title: 'Mayor \u202Enoitceles\u202C resigns',
  subtitle: 'Pasted by \u2067someone\u2069',
  sections: [
    {
      heading: 'Key quotes',
      style: 'quotes',
      items: [{ text: 'We will \u202Etsol', speaker: 'Anna \u202DReyes', note: 'sentence \u202B3' }],
    },
    { style: 'bullets', items: [{ text: 'Arabic stays: \u0627\u0644\u0645\u062C\u0644\u0633 \u200F' }] },
  ],
  footer: 'Ask in the thread \u2066here',
};

test('bidi overrides and isolates in echoed text are removed on every platform; RTL text and marks stay', () => {
  const outputs = {
    slack: JSON.stringify(renderSlackReply(reply)),
    discord: JSON.stringify(renderDiscordReply(reply)),
    console: renderConsoleReply(reply),
  };
  for (const [platform, out] of Object.entries(outputs)) {
    expect(out, platform).not.toMatch(CONTROLS);
    expect(out, platform).toContain('Mayor noitceles resigns');
    expect(out, platform).toContain('\u0627\u0644\u0645\u062C\u0644\u0633 \u200F');
  }
});

test('a stored title with an override is listed without it', async () => {
  const t = await makeTestApp({ articles: [FLYNN_SAMPLE] });
  try {
    const added = await t.app.addArticle(
      'Council \u202Eyarref\u202C contract approved\n\n' +
        'The council voted on Tuesday to award the ferry contract to Harbour Lines, its leader said. ' +
        '“We have waited long enough,” said Anna Reyes, the council leader. ' +
        'Opposition members asked how much the contract would cost and were not told.',
      'slack:U1',
    );
    expect(added.ok).toBe(true);
    const ctx = { channelId: 'console:test', userId: 'console:tester', app: t.app };
    const listed = await runBriefCommand('list', ctx);
    for (const out of [renderConsoleReply(listed), JSON.stringify(renderSlackReply(listed))]) {
      expect(out).toContain('Council yarref contract approved');
      expect(out).not.toMatch(CONTROLS);
    }
  } finally {
    await t.close();
  }
});
