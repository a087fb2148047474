import { afterEach, expect, test } from 'vitest';
import { fakeClock } from '../scheduler/scheduler-fixture';
import { consoleCommands } from '../support/console-commands';
import { FLYNN_SAMPLE, type TestApp } from '../support/make-test-app';

let t: TestApp | undefined;
afterEach(() => t?.close());

/** The Flynn story (which holds "2016", no 19xx) stored, Tuesday 10 March 06:00 UTC. */
async function consoleOn() {
  const chat = await consoleCommands({ articles: [FLYNN_SAMPLE], now: fakeClock('2026-03-10T06:00:00Z').now });
  t = chat.t;
  return chat;
}

test('a closing "1930" no story holds is 19:30 when the words without it name a story; a year a story holds stays words', async () => {
  const { say } = await consoleOn();

  expect(await say('follow flynn 1930')).toMatch(
    /^Following here, daily at 19:30 UTC: “US Senate.*“1930” was read as 19:30: no story holds it\./,
  );
  // By id, the command offered used to drop the 19:30 asked for.
  expect(await say('follow #1 2015 Europe/London')).toContain('moved from 19:30 UTC to 20:15 Europe/London');
  // The Flynn story holds "2016": the words keep it, at the default time.
  expect(await say('follow flynn 2016')).toContain('moved from 20:15 Europe/London to 09:00 UTC');
  expect(await say('schedules')).toContain('(#1) daily at 09:00 UTC');
});

test('a closing "1930" the search would drop is asked about, never followed at the default time', async () => {
  const { say, t } = await consoleOn();
  const title = 'Harbour council delays vote on ferry contract';
  await t.app.ingest({
    source: 'ferry.txt',
    title,
    text: `${title}\n\nThe harbour council delayed its vote on the ferry contract under the 1930 harbour act, officials said.`,
  });

  // No story for "zebra", none holds 1945: neither reading can be checked.
  expect(await say('follow zebra 1945')).toContain(
    '“1945” could be a year or 19:45: write 19:45 for the time, or put the time after it',
  );
  // A story holds 1930, but not the one "flynn 1930" finds first by any word: asked, not Flynn at 09:00.
  expect(await say('follow flynn 1930')).toContain('“1930” could be a year or 19:30: write 19:30 for the time');
  expect(await say('follow harbour 1930')).toMatch(/^Following here, daily at 09:00 UTC: “Harbour council/);
  expect(await say('schedules')).not.toMatch(/“(zebra|flynn) 19/);
});

test('"tonight" without a time asks for the time rather than follow at the 09:00 default', async () => {
  const { say } = await consoleOn();

  expect(await say('follow flynn tonight')).toContain('“Tonight” needs a time');
  expect(await say('digest tonight')).toContain('“Tonight” needs a time');
  expect(await say('schedules')).not.toContain('s1');
  expect(await say('follow flynn 1930 tonight')).toMatch(
    /^Following here, daily at 19:30 UTC: .*That is today, as asked/,
  );
  expect(await say('digest 7pm tonight')).toContain('Daily digest here at 19:00 UTC');
});

test('a bare city after the time is its zone when exactly one IANA zone ends with it; else the zone error', async () => {
  const { say } = await consoleOn();

  expect(await say('follow flynn 6pm London')).toMatch(/^Following here, daily at 18:00 Europe\/London: /);
  expect(await say('digest 6 pm paris')).toContain('Daily digest here at 18:00 Europe/Paris');
  expect(await say('follow flynn 7am new_york tomorrow')).toContain('to 07:00 America/New_York');
  // No zone ends with "Portland" (nor with a misspelt "Lodnon"): the error names the zone, nothing is guessed.
  expect(await say('digest 6pm Portland')).toContain('"Portland" is not an IANA time zone');
  expect(await say('follow flynn 18:00 Lodnon')).toContain('"Lodnon" is not an IANA time zone');
  expect(await say('schedules')).toContain('(#1) daily at 07:00 America/New_York');
});
