import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { projectPath } from '../../src/project-path';
import { consoleCommands } from '../support/console-commands';
import { FLYNN_SAMPLE, type TestApp } from '../support/make-test-app';

let t: TestApp | undefined;
afterEach(() => t?.close());

/** The bundled ferry and libraries stories and the Flynn story stored. */
async function console() {
  const samples = ['harbour-ferry-contract', 'library-sunday-hours'].map((n) =>
    join(projectPath('samples'), `${n}.txt`),
  );
  const chat = await consoleCommands({ articles: [...samples, FLYNN_SAMPLE] });
  t = chat.t;
  return chat.say;
}

test('"unfollow all" stops nothing and lists each follow-up with its command (it stopped whichever story held "all")', async () => {
  const say = await console();
  expect(await say('follow ferry 09:00')).toContain('Following here');
  expect(await say('follow flynn 10:00')).toContain('Following here');
  for (const line of ['unfollow all', 'unfollow everything', 'unfollow all follow-ups']) {
    const reply = await say(line);
    expect(reply, line).toMatch(/^Nothing was stopped: “all|^Nothing was stopped: “everything/);
    expect(reply, line).toContain('Followed here\n  • follow “ferry” (#1) daily at 09:00 UTC (/brief unfollow s1)');
    expect(reply, line).toContain('(/brief unfollow s2)');
  }
  expect(await say('schedules')).toMatch(/s1 follow “ferry”[\s\S]*s2 follow “flynn”/);
  expect(await say('unfollow s1')).toContain('Stopped s1');
  expect(await say('unfollow s2')).toContain('Stopped s2');
  expect(await say('unfollow all')).toBe('Nothing here is followed, so nothing was stopped. See /brief schedules.');
});

test('"stop s1", "cancel the digest", "delete 3" name the command that does it, instead of briefing a story', async () => {
  const say = await console();
  await say('follow ferry 09:00');
  await say('digest 17:00');
  expect(await say('stop s1')).toBe('“stop” is not a command, so nothing was stopped. To stop s1: /brief unfollow s1.');
  expect(await say('cancel the digest')).toBe(
    '“cancel” is not a command, so nothing was stopped. To stop the digest: /brief digest off.',
  );
  expect(await say('stop')).toContain('To stop a follow-up: /brief unfollow s<id> (the ids are in /brief schedules)');
  // "delete 3" briefed a story holding "3"; chat deletes nothing, and says where that is done.
  expect(await say('delete 3')).toBe(
    'Nothing was removed: stories are deleted where newsbrief runs (newsbrief delete 3), not from chat. To stop following it here, /brief unfollow #3.',
  );
  expect(await say('schedules')).toMatch(/s1 follow “ferry”[\s\S]*digest daily at 17:00/);
  // A story's words that start with such a verb are still searched.
  expect(await say('stop and search')).toMatch(/^No stored story matches “stop and search”/);
});

test('"remove ferry", "unsubscribe from ferry" name /brief unfollow with the words instead of briefing the story', async () => {
  const say = await console();
  await say('follow ferry 09:00');
  const meant = (verb: string) =>
    `“${verb}” is not a command, so nothing was stopped. Did you mean /brief unfollow ferry?`;
  expect(await say('remove ferry')).toBe(meant('remove'));
  expect(await say('unsubscribe from ferry')).toBe(meant('unsubscribe'));
  expect(await say('delete ferry')).toBe(meant('delete'));
  // "stop" begins headlines too: read so only because a follow-up here has these words.
  expect(await say('stop ferry')).toBe(meant('stop'));
  expect(await say('schedules')).toContain('s1 follow “ferry”');
  // A story not followed here: the reply says so, and offers the story itself.
  expect(await say('cancel libraries')).toBe(
    '“cancel” is not a command, so nothing was stopped. Did you mean /brief unfollow libraries? Nothing here follows it now (see /brief schedules). For the story itself: /brief libraries.',
  );
  // Controls: a headline verb before a story not followed here is still a search; so is a line a story holds.
  expect(await say('stop libraries')).toMatch(/^== City libraries to close on Sundays/);
  await t!.app.ingest({
    source: 'fares.txt',
    title: 'Campaigners urge council to cancel ferry fares rise',
    text: 'Campaigners urge council to cancel ferry fares rise\n\nCampaigners asked the council to cancel ferry fares rise plans, they said.',
  });
  expect(await say('cancel ferry fares rise')).toMatch(/^== Campaigners urge council to cancel ferry fares rise/);

  // The line's words are compared as the search reads them: "cancel culture" is what "Cancel-culture row" holds.
  await t!.app.ingest({
    source: 'culture.txt',
    title: 'Cancel-culture row splits the library board',
    text: 'Cancel-culture row splits the library board\n\nThe library board split over a cancel-culture row on Monday, members said.',
  });
  expect(await say('cancel culture')).toMatch(/^== Cancel-culture row splits the library board/);
  expect(await say('cancel culture row')).toMatch(/^== Cancel-culture row splits the library board/);
});
