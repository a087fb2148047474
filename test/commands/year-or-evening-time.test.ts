import { expect, test } from 'vitest';
import { flynnConsole } from '../support/console-commands';

const flynnAt = flynnConsole();
/** The Flynn story (which holds "2016", no 19xx) stored, Tuesday 10 March 06:00 UTC. */
const consoleOn = () => flynnAt('2026-03-10T06:00:00Z');

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
    'Did you mean 19:45 or the year 1945? Write 19:45 for the time, or put the time after it',
  );
  // A story holds 1930, but not the one "flynn 1930" finds first by any word: asked, not Flynn at 09:00.
  expect(await say('follow flynn 1930')).toContain('Did you mean 19:30 or the year 1930? Write 19:30 for the time');
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

test('"election 2024" no story holds asks "20:24 or the year 2024?"; only a quarter-hour 19xx/20xx is read as its time', async () => {
  const { say } = await consoleOn();

  // The Flynn story holds "election" but no "2024": it was followed at 20:24.
  expect(await say('follow election 2024')).toBe(
    'Did you mean 20:24 or the year 2024? Write 20:24 for the time, or put the time after it (“… 2024 09:00”) to search for 2024 as a word.',
  );
  expect(await say('follow election 2024 09:00')).toMatch(/^Following here, daily at 09:00 UTC: “US Senate/);
  // Control: a quarter-hour one is still read as the time, and says so.
  expect(await say('follow election 2030')).toMatch(
    /moved from 09:00 UTC to 20:30 UTC:.*“2030” was read as 20:30: no story holds it\./,
  );
  expect(await say('schedules')).toContain('daily at 20:30 UTC');
});

test('3-digit times ("at 930", "930am", "9 30", a closing "930") are 09:30, and the reply says what was read', async () => {
  const { say } = await consoleOn();

  expect(await say('follow flynn at 930')).toMatch(/^Following here, daily at 09:30 UTC: .*“930” was read as 09:30\./);
  expect(await say('follow flynn 915am')).toMatch(/moved from 09:30 UTC to 09:15 UTC:.*“915am” was read as 09:15\./);
  expect(await say('follow flynn 9 45 Europe/London')).toMatch(/to 09:45 Europe\/London:.*“9 45” was read as 09:45\./);
  expect(await say('follow flynn 930 pm')).toMatch(/to 21:30 UTC:.*“930 pm” was read as 21:30\./);
  expect(await say('follow flynn 930')).toMatch(/to 09:30 UTC:.*“930” was read as 09:30: no story holds it\./);
  expect(await say('digest 1045')).toContain('Daily digest here at 10:45 UTC');
  expect(await say('digest 745')).toMatch(
    /^Daily digest here moved from 10:45 UTC to 07:45 UTC .*“745” was read as 07:45\./,
  );
  // Off the quarter hour a closing number may be the story's ("route 128"): asked, not followed at 01:28.
  expect(await say('follow flynn 128')).toBe(
    'Did you mean 01:28 or “128” as a word of the story? Write 01:28 for the time, or put the time after it (“… 128 09:00”) to search for 128 as a word.',
  );
  expect(await say('follow flynn 1230pm')).toContain('to 12:30 UTC');
  expect(await say('schedules')).toContain('(#1) daily at 12:30 UTC');
  // Controls: inside the words nothing is rewritten; an impossible time is refused, not made a story word.
  expect(await say('follow flynn 930 pm pledge')).not.toContain('was read as');
  expect(await say('follow flynn 1930pm')).toContain('"19:30pm" is not a time');
});

test('a closing "H MM" is asked about when a stored story holds its hour with the words ("covid 19", "top 10"); else the time', async () => {
  const { say, t } = await consoleOn();
  const stored = (source: string, title: string, body: string) =>
    t.app.ingest({ source, title, text: `${title}\n\n${body}` });
  await stored(
    'covid.txt',
    'Covid-19 cases rise in the harbour town',
    'Covid-19 cases rose again this week, the health board said.',
  );
  await stored(
    'top.txt',
    'Island ferry makes the top 10 of crossings',
    'The island ferry is in the top 10 of crossings, the guide said.',
  );

  // Both were followed at 19:20 and 10:20, the story's words cut to "covid" and "ferry top".
  expect(await say('follow covid 19 20')).toBe(
    'Did you mean 19:20, or “covid 19” as words of the story? For the time write it with its colon: /brief follow covid 19:20; for the words, put the time after them: /brief follow covid 19 09:00.',
  );
  expect(await say('follow ferry top 10 20')).toContain('Did you mean 10:20, or “top 10” as words of the story?');
  expect(await say('schedules')).not.toMatch(/s\d+ follow/);
  // The ways out it offers do what they say.
  expect(await say('follow covid 19 09:00')).toMatch(/^Following here, daily at 09:00 UTC: “Covid-19 cases/);
  expect(await say('follow covid 19:20')).toMatch(/moved from 09:00 UTC to 19:20 UTC: “Covid-19 cases/);
  // Control: no story holds "flynn 19" (nor "ferry 7"): the pair is the time, as before, and said.
  expect(await say('follow flynn 19 20')).toMatch(
    /^Following here, daily at 19:20 UTC: “US Senate.*“19 20” was read as 19:20\./,
  );
  expect(await say('follow island ferry 7 45')).toMatch(
    /daily at 07:45 UTC: “Island ferry.*“7 45” was read as 07:45\./,
  );
});
