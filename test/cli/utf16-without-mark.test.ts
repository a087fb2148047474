import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempStoreCli } from '../support/temp-store-cli';

// ux37 (session 36): a story saved as UTF-16 without a byte-order mark was refused as "binary file
// (NUL byte at offset 0), not text", which sends a reporter looking for a corrupt file; the fix is
// the same as for UTF-16 with a mark (save as UTF-8), so it is now said so. Written copy.
const STORY =
  'Ferry timetable changes from May\n\n' +
  'The island ferry will run two fewer crossings on weekdays from May, the operator said on Thursday, ' +
  'blaming a shortage of qualified crew. Passengers said the change would make the first train impossible to catch.\n';

const { cli, dir } = tempStoreCli('newsbrief-utf16-');

it('UTF-16 without a byte-order mark, either byte order, is named as UTF-16 with the fix', async () => {
  const le = join(dir(), 'ferry-le.txt');
  const be = join(dir(), 'ferry-be.txt');
  writeFileSync(le, Buffer.from(STORY, 'utf16le'));
  writeFileSync(be, Buffer.from(STORY, 'utf16le').swap16());
  const run = await cli(['ingest', le, be]);
  expect(run.code).toBe(1);
  const lines = run.out.split('\n').filter((line) => line.startsWith('FAILED'));
  expect(lines).toHaveLength(2);
  for (const line of lines) {
    expect(line).toContain('UTF-16 text (without a byte-order mark) is not supported: save the file as UTF-8');
  }
});

it('control: a file with NUL bytes here and there is still binary, and UTF-8 is stored', async () => {
  const blob = join(dir(), 'blob.txt');
  writeFileSync(blob, Buffer.concat([Buffer.from(STORY), Buffer.from([0, 1, 2, 0, 250, 0]), Buffer.from(STORY)]));
  const good = join(dir(), 'ferry.txt');
  writeFileSync(good, STORY);
  const run = await cli(['ingest', blob, good]);
  expect(run.out).toMatch(/FAILED {2}\S*blob\.txt: binary file \(NUL byte at offset \d+\), not text/);
  expect(run.out).toMatch(/added {3}#1 Ferry timetable changes from May/);
});
