import { expect, test } from 'vitest';
import { flynnConsole } from '../support/console-commands';

const consoleOn = flynnConsole();

test('following a story again says nothing moved, and a new time names the old one', async () => {
  const { say } = await consoleOn('2026-03-10T06:00:00Z');

  expect(await say('follow flynn 09:00 Europe/London')).toMatch(
    /^Following here, daily at 09:00 Europe\/London: .*\(#1\)\. First follow-up Tue 10 Mar, 09:00 GMT\./,
  );
  const again = await say('follow #1 09:00 Europe/London');
  expect(again).toMatch(/^Already following here, daily at 09:00 Europe\/London: .*\(#1\)\. Next follow-up Tue 10 Mar/);
  expect(again).not.toContain('moved');
  expect(await say('follow flynn 10:00 UTC')).toMatch(
    /^Already following; moved from 09:00 Europe\/London to 10:00 UTC: .*\(#1\)\. Next follow-up Tue 10 Mar, 10:00 UTC\./,
  );
});

test('reads "daily at 10:00", "at 17:30" and a closing "daily" as the schedule, not as the story\'s words', async () => {
  const { say } = await consoleOn('2026-03-10T06:00:00Z');

  expect(await say('follow flynn daily at 10:00')).toMatch(/^Following here, daily at 10:00 UTC: “US Senate/);
  expect(await say('digest at 17:30')).toContain('17:30');
  expect(await say('schedules')).toContain('s1 follow “flynn” (#1) daily at 10:00 UTC');
  expect(await say('digest every day at 18:00 Europe/London')).toContain('18:00');
  expect(await say('schedules')).toMatch(/digest[^\n]*18:00 Europe\/London/);
  expect(await say('follow flynn daily')).toContain('Already following');
  // The time after "at" is still checked.
  expect(await say('digest at 25:00')).toContain('"25:00" is not a time');
});

test('12-hour times ("at 9am", "6:30pm", "9 am", "noon") set the same schedule as HH:MM; "13pm" is refused', async () => {
  const { say } = await consoleOn('2026-03-10T06:00:00Z');

  expect(await say('follow flynn at 9am')).toMatch(/^Following here, daily at 09:00 UTC: “US Senate/);
  expect(await say('follow #1 9 am')).toMatch(/^Already following here, daily at 09:00 UTC/);
  expect(await say('digest daily at 6:30pm Europe/London')).toContain('Daily digest here at 18:30 Europe/London');
  expect(await say('digest at 6pm Europe/London')).toContain('moved from 18:30 Europe/London to 18:00 Europe/London');
  expect(await say('digest noon')).toContain('to 12:00 UTC');
  expect(await say('schedules')).toMatch(/s1 follow “flynn” \(#1\) daily at 09:00 UTC[\s\S]*digest daily at 12:00 UTC/);
  for (const typed of ['13pm', '0am'])
    expect(await say(`digest at ${typed}`)).toContain(
      `"${typed}" is not a time: use HH:MM, 24-hour (e.g. 09:00 or 17:30), or 12-hour`,
    );
});

test('AP-style "6 p.m.", "12 noon" and "noon <zone>" set that time; none is swallowed into the story\'s words', async () => {
  const { say } = await consoleOn('2026-03-10T06:00:00Z');

  // Hours other than the 09:00 default, so a time read as story words would show.
  expect(await say('follow flynn 6 p.m.')).toMatch(/^Following here, daily at 18:00 UTC: “US Senate/);
  expect(await say('schedules')).toContain('s1 follow “flynn” (#1) daily at 18:00 UTC');
  expect(await say('follow flynn at 7am')).toContain('moved from 18:00 UTC to 07:00 UTC');
  expect(await say('follow flynn at 6 P.M. Europe/London')).toContain('to 18:00 Europe/London');
  expect(await say('follow flynn at 12 noon')).toContain('to 12:00 UTC');
  expect(await say('follow flynn midnight Europe/London')).toContain('to 00:00 Europe/London');
  expect(await say('follow flynn 7:45 a.m. UTC')).toContain('to 07:45 UTC');
  expect(await say('schedules')).toContain('s1 follow “flynn” (#1) daily at 07:45 UTC');
  expect(await say('digest 9:30 p.m.')).toContain('Daily digest here at 21:30 UTC');
  // "noon EST": the abbreviation's own error, not a follow of "flynn noon EST" at 09:00 (review2 #2).
  expect(await say('follow flynn noon EST')).toMatch(/EST/);
  expect(await say('schedules')).not.toContain('noon');
  // A spelled time inside a story's words is a word: only one that ends them (or a zone, or "daily", follows) is the time.
  expect(await say('follow flynn at 7 am daily')).toContain('to 07:00 UTC');
  expect(await say('follow raid at midnight market')).toMatch(/^No stored story matches|Which story|No story/);
  expect(await say('follow 10 am service')).not.toContain('time zone');
  // What is still refused says the 12-hour form is accepted.
  expect(await say('digest soon')).toMatch(/“soon” is not a time or zone\.[^\n]*12-hour[^\n]*6 p\.m\./);
});

test('a follow asked again in new words is listed by them and says so; by id it keeps its words', async () => {
  const { say } = await consoleOn('2026-03-10T06:00:00Z');

  await say('follow flynn daily 9am');
  const again = await say('follow flynn immunity deal daily 9am');
  expect(again).toMatch(
    /^Already following here, daily at 09:00 UTC: .*\(#1\)\. Now listed as “flynn immunity deal” \(was “flynn”\)\. Next follow-up/,
  );
  expect(await say('schedules')).toContain('s1 follow “flynn immunity deal” (#1) daily at 09:00 UTC');
  expect(await say('unfollow flynn immunity deal')).toContain('Stopped s1');
  // Control: the same words, or the story by id, change nothing and say nothing of words.
  await say('follow flynn 09:00');
  expect(await say('follow flynn 10:00')).not.toContain('Now listed');
  expect(await say('follow #1 10:00')).not.toContain('Now listed');
  expect(await say('schedules')).toContain('follow “flynn” (#1) daily at 10:00 UTC');
});
