import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// Review B-r40-10: a front matter's time with no zone was read in the host's zone, so the same file was stored at
// 14:00Z on a UTC server and 19:00Z on one in New York. It is read in NEWSBRIEF_TZ on every host. The host's zone
// (TZ) is fixed when a process starts, so the real file parser runs in a child process per host zone. Session 41:
// the zone is the one the parser is given (the config's, read once at start); a NEWSBRIEF_TZ left in the process's
// environment, which the parser read before, changes nothing.
const ROOT = join(__dirname, '..', '..');
const PARSE = `import('./src/ingest/parse-text-file.ts').then(({ parseTextFile }) => {
  const times = JSON.parse(process.argv.at(-1)).map(([date, zone]) => {
    process.env.NEWSBRIEF_TZ = 'Pacific/Auckland';
    const file = ['---', 'title: Pier repair', 'date: ' + date, '---', '', 'The pier shuts.'].join('\\n');
    return parseTextFile('pier.md', file, zone).publishedAt;
  });
  process.stdout.write(JSON.stringify(times));
});`;

/** The stored time of each [date, NEWSBRIEF_TZ] on a host whose own zone is `TZ`. */
function storedTimes(TZ: string, dates: Array<[string, string]>): string[] {
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['--eval', PARSE, '--', JSON.stringify(dates)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TZ },
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as string[];
}

it('a time with no zone is read in the zone given, on every host, whatever the environment says', () => {
  for (const TZ of ['America/New_York', 'Asia/Tokyo']) {
    const times = storedTimes(TZ, [
      ['30/11/2026 14:00', 'UTC'],
      ['30/11/2026 14:00', 'Europe/Berlin'],
      ['November 30, 2026', 'Europe/Berlin'],
    ]);
    expect(times).toEqual(['2026-11-30T14:00:00.000Z', '2026-11-30T13:00:00.000Z', '2026-11-30T00:00:00.000Z']);
  }
});

it('control (same on main): a written zone is kept, and an ISO day is UTC midnight, on any host', () => {
  for (const TZ of ['America/New_York', 'Asia/Tokyo']) {
    const times = storedTimes(TZ, [
      ['2026-11-30T14:00:00+01:00', 'Asia/Tokyo'],
      ['2026-11-30', 'Europe/Berlin'],
    ]);
    expect(times).toEqual(['2026-11-30T13:00:00.000Z', '2026-11-30T00:00:00.000Z']);
  }
});
