import { expect, test } from 'vitest';
import { closingDay } from '../../src/schedule/closing-day';
import { spelledTimes } from '../../src/schedule/spelled-times';
import { flynnConsole } from '../support/console-commands';

const consoleOn = flynnConsole();

test('"18h", "18h30", "1830" and "0900" closing the words are times; a year or a number inside the words is a word', async () => {
  // Tuesday 06:00 UTC; hours other than the 09:00 default, so a time read as story words would show.
  const { say } = await consoleOn('2026-03-10T06:00:00Z');

  // "flynn 2016" is words, not 20:16.
  expect(await say('follow flynn 2016')).toMatch(/^Following here, daily at 09:00 UTC: “US Senate/);
  expect(await say('schedules')).toContain('s1 follow “flynn 2016” (#1) daily at 09:00 UTC');
  // Asked again in other words, the follow-up is listed by them, and the reply says so.
  expect(await say('follow flynn 18h')).toMatch(
    /moved from 09:00 UTC to 18:00 UTC: .* Now listed as “flynn” \(was “flynn 2016”\)\./,
  );
  expect(await say('follow flynn 18h30 Europe/Paris')).toContain('moved from 18:00 UTC to 18:30 Europe/Paris');
  expect(await say('follow flynn 1745')).toContain('to 17:45 UTC');
  expect(await say('follow flynn 0730 Europe/London')).toContain('to 07:30 Europe/London');
  expect(await say('schedules')).toContain('s1 follow “flynn” (#1) daily at 07:30 Europe/London');
  expect(await say('digest 1830')).toContain('Daily digest here at 18:30 UTC');
  expect(await say('digest 9h')).toContain('moved from 18:30 UTC to 09:00 UTC');
  // Digest takes no story: a year-like number can only be its time.
  expect(await say('digest 2000')).toContain('to 20:00 UTC');
  // "24h" (no such hour), "1830" before more words, and a number alone (a story id) stay words.
  expect(spelledTimes('flynn 2016')).toBe('flynn 2016');
  expect(spelledTimes('strike 24h')).toBe('strike 24h');
  expect(spelledTimes('1830 revolution')).toBe('1830 revolution');
  expect(spelledTimes('1830')).toBe('1830');
});

test('"tomorrow", "today" and "on Monday" with a time are not story words: the reply says which day the first post comes', async () => {
  // Tuesday 10 March, 06:00 UTC: 09:00 today is still to come.
  const { say } = await consoleOn('2026-03-10T06:00:00Z');

  expect(await say('follow flynn tomorrow at 9am')).toMatch(
    /^Following here, daily at 09:00 UTC: .*First follow-up Tue 10 Mar, 09:00 UTC\. Follow-ups are daily, so the first comes today, before tomorrow’s\./,
  );
  expect(await say('schedules')).toContain('s1 follow “flynn” (#1) daily at 09:00 UTC');
  expect(await say('follow flynn at 6pm tomorrow')).toContain('moved from 09:00 UTC to 18:00 UTC');
  expect(await say('follow flynn today 5am')).toContain('The first is tomorrow: 05:00 today has passed.');
  expect(await say('follow flynn 7am Europe/London today')).toContain('That is today, as asked; then one every day.');
  expect(await say('digest on Friday 17:00')).toContain(
    'Digests are daily, so the first comes today, before Friday’s.',
  );
  expect(await say('schedules')).not.toMatch(/tomorrow|today/);
  // A bare weekday is a word ("super tuesday"); a weekly schedule is refused, not made daily.
  expect(closingDay('super tuesday 09:00')).toEqual({ text: 'super tuesday 09:00' });
  expect(await say('follow flynn every friday at 9am')).toContain('daily: one only on Fridays cannot be set');
  expect(await say('schedules')).toContain('s1 follow “flynn” (#1) daily at 07:00 Europe/London');
});
