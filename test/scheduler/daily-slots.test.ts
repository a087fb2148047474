import { describe, expect, test } from 'vitest';
import { type DailyTime, nextSlot, slotOnDate, slotsBetween } from '../../src/schedule/daily-slots';
import { parseScheduleArgs, parseScheduleTime, parseTimeZone } from '../../src/schedule/schedule-input';
import { spelledTimes } from '../../src/schedule/spelled-times';

const iso = (ms: number) => new Date(ms).toISOString();
const at = (h: number, m: number, zone: string): DailyTime => ({ hour: h, minute: m, zone });
const day = (s: string) => {
  const [year, month, d] = s.split('-').map(Number);
  return { year: year!, month: month!, day: d! };
};

describe('09:00 local on both sides of the clock change', () => {
  test.each([
    // Europe/London: BST starts 2026-03-29, ends 2026-10-25.
    ['Europe/London', '2026-03-28', '2026-03-28T09:00:00.000Z'],
    ['Europe/London', '2026-03-29', '2026-03-29T08:00:00.000Z'],
    ['Europe/London', '2026-10-24', '2026-10-24T08:00:00.000Z'],
    ['Europe/London', '2026-10-25', '2026-10-25T09:00:00.000Z'],
    // America/New_York: EDT starts 2026-03-08, ends 2026-11-01.
    ['America/New_York', '2026-03-07', '2026-03-07T14:00:00.000Z'],
    ['America/New_York', '2026-03-08', '2026-03-08T13:00:00.000Z'],
    ['America/New_York', '2026-10-31', '2026-10-31T13:00:00.000Z'],
    ['America/New_York', '2026-11-01', '2026-11-01T14:00:00.000Z'],
  ])('%s on %s', (zone, date, expected) => {
    expect(iso(slotOnDate(day(date), at(9, 0, zone)))).toBe(expected);
  });

  test('nextSlot steps over the spring-forward night to 09:00 BST', () => {
    const after = Date.parse('2026-03-28T09:00:00Z');
    expect(iso(nextSlot(at(9, 0, 'Europe/London'), after))).toBe('2026-03-29T08:00:00.000Z');
  });
});

describe('spring-forward: a time that does not exist runs at the first valid minute after', () => {
  test('01:30 Europe/London on 29 March 2026 posts at 02:00 BST', () => {
    expect(iso(slotOnDate(day('2026-03-29'), at(1, 30, 'Europe/London')))).toBe('2026-03-29T01:00:00.000Z');
  });
  test('02:30 America/New_York on 8 March 2026 posts at 03:00 EDT', () => {
    expect(iso(slotOnDate(day('2026-03-08'), at(2, 30, 'America/New_York')))).toBe('2026-03-08T07:00:00.000Z');
  });
  test('the day has exactly one slot', () => {
    const slots = slotsBetween(
      at(1, 30, 'Europe/London'),
      Date.parse('2026-03-28T12:00:00Z'),
      Date.parse('2026-03-30T12:00:00Z'),
    );
    expect(slots.map(iso)).toEqual(['2026-03-29T01:00:00.000Z', '2026-03-30T00:30:00.000Z']);
  });
});

describe('fall-back: a time that happens twice runs once, at the first occurrence', () => {
  test('01:30 Europe/London on 25 October 2026 (BST, not the GMT repeat)', () => {
    const slots = slotsBetween(
      at(1, 30, 'Europe/London'),
      Date.parse('2026-10-24T12:00:00Z'),
      Date.parse('2026-10-26T12:00:00Z'),
    );
    expect(slots.map(iso)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
  });
  test('01:30 America/New_York on 1 November 2026 (EDT, not the EST repeat)', () => {
    const slots = slotsBetween(
      at(1, 30, 'America/New_York'),
      Date.parse('2026-10-31T12:00:00Z'),
      Date.parse('2026-11-02T12:00:00Z'),
    );
    expect(slots.map(iso)).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']);
  });
  test('the repeated hour does not produce a second slot', () => {
    // Just after the first 01:30 EDT, the next slot is the next day, not the 01:30 EST repeat.
    expect(iso(nextSlot(at(1, 30, 'America/New_York'), Date.parse('2026-11-01T05:30:00Z')))).toBe(
      '2026-11-02T06:30:00.000Z',
    );
  });
});

describe('invalid input gets a message naming what was wrong', () => {
  test('times', () => {
    expect(() => parseScheduleTime('25:00')).toThrow('"25:00" is not a time: use HH:MM, 24-hour');
    expect(() => parseScheduleTime('9:75')).toThrow('"9:75" is not a time');
    expect(parseScheduleTime('9:05').text).toBe('09:05');
  });
  test('12-hour times with am/pm are the same schedule as their HH:MM; impossible ones are refused', () => {
    const cases: [string, string][] = [
      ['9am', '09:00'],
      ['6pm', '18:00'],
      ['6:30pm', '18:30'],
      ['12am', '00:00'],
      ['12pm', '12:00'],
      ['11:59PM', '23:59'],
    ];
    for (const [typed, text] of cases) expect(parseScheduleTime(typed), typed).toEqual(parseScheduleTime(text));
    for (const typed of ['13pm', '0am', '9:75pm', '00am'])
      expect(() => parseScheduleTime(typed), typed).toThrow(`"${typed}" is not a time: use HH:MM, 24-hour`);
  });
  test('"9 am", "at noon" and "at midnight" are times after a story\'s words; a bare "noon" stays a word', () => {
    const defaults = { time: '09:00', zone: 'UTC' };
    expect(parseScheduleArgs(spelledTimes('flynn 9 am Europe/London'), defaults)).toMatchObject({
      rest: 'flynn',
      time: { text: '09:00' },
      zone: 'Europe/London',
    });
    expect(parseScheduleArgs(spelledTimes('flynn at noon'), defaults)).toMatchObject({
      rest: 'flynn at',
      time: { text: '12:00' },
    });
    expect(parseScheduleArgs(spelledTimes('high noon'), defaults)).toMatchObject({
      rest: 'high noon',
      time: { text: '09:00' },
    });
    expect(spelledTimes('midnight UTC', { timeFirst: true })).toBe('00:00 UTC');
    expect(spelledTimes('noon protests')).toBe('noon protests');
  });
  test('zones', () => {
    expect(() => parseTimeZone('Europe/Lodnon')).toThrow('"Europe/Lodnon" is not an IANA time zone');
    expect(parseTimeZone('europe/london')).toBe('Europe/London');
    for (const abbreviation of ['EST', 'BST', 'IST', 'CET', 'PST']) {
      expect(() => parseTimeZone(abbreviation)).toThrow(`"${abbreviation}" is an abbreviation`);
    }
    // Names that are UTC, and rule names that carry their daylight saving, are kept.
    expect(['UTC', 'GMT', 'utc', 'EST5EDT', 'Japan'].map(parseTimeZone)).toEqual([
      'UTC',
      'UTC',
      'UTC',
      'America/New_York',
      'Asia/Tokyo',
    ]);
  });
  test('command arguments: a typo after the time is an error, not part of the query', () => {
    expect(() => parseScheduleArgs('flynn 09:00 Lodnon', { time: '09:00', zone: 'UTC' })).toThrow(
      '"Lodnon" is not an IANA time zone',
    );
    expect(() => parseScheduleArgs('flynn 25:00', { time: '09:00', zone: 'UTC' })).toThrow('"25:00" is not a time');
    for (const offset of ['+02:00', '-5', '+0530']) {
      expect(() => parseScheduleArgs(`flynn 09:00 ${offset}`, { time: '09:00', zone: 'UTC' })).toThrow(
        `"${offset}" is a UTC offset, not a time zone: name the place`,
      );
    }
    expect(parseScheduleArgs('flynn immunity 7:30 America/New_York', { time: '09:00', zone: 'UTC' })).toMatchObject({
      rest: 'flynn immunity',
      time: { text: '07:30' },
      zone: 'America/New_York',
    });
    for (const input of ['flynn 17', 'flynn 9 Europe/London']) {
      expect(() => parseScheduleArgs(input, { time: '09:00', zone: 'UTC' }), input).toThrow(
        /is ambiguous: for a time write it as HH:MM .*use its id \(e\.g\. #12/,
      );
    }
    expect(() => parseScheduleArgs('x -1:00', { time: '09:00', zone: 'UTC' })).toThrow('"-1:00" is not a time');
    expect(() => parseScheduleArgs('x 1:2:3', { time: '09:00', zone: 'UTC' })).toThrow('"1:2:3" is not a time');
    // A lone number is a story id, and a year inside the words is part of the query.
    expect(parseScheduleArgs('17', { time: '09:00', zone: 'UTC' }).rest).toBe('17');
    expect(parseScheduleArgs('flynn 2016', { time: '09:00', zone: 'UTC' }).rest).toBe('flynn 2016');
    expect(parseScheduleArgs('2016 election', { time: '09:00', zone: 'Europe/London' })).toMatchObject({
      rest: '2016 election',
      time: { text: '09:00' },
      zone: 'Europe/London',
    });
  });
});
