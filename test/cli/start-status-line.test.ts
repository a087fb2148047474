import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { captureIo } from '../support/capture-io';
import { tempStoreCli } from '../support/temp-store-cli';

// ux37 (session 36): `start`'s first line, the one to check when stories seem missing, read
// "(1 stored stories)" for a store of one story. Written copy, not a corpus article.
const STORY =
  'Lido reopens after repairs\n\n' +
  'The town lido reopened on Saturday after a winter of repairs to its cracked pool floor, the leisure trust said. ' +
  'The work cost about £400,000 and was paid for from the trust’s reserves. ' +
  'Swimmers queued from seven in the morning, and the trust said it expected 2,000 visits in the first week.\n';

const { cli, dir } = tempStoreCli('newsbrief-status-line-');

it('start names one stored story in the singular', async () => {
  const file = join(dir(), 'lido.txt');
  writeFileSync(file, STORY);
  expect((await cli(['ingest', file])).code).toBe(0);
  const io = captureIo({ NEWSBRIEF_DB: join(dir(), 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'silent' }, ['/brief list']);
  expect(await runCli(['start'], io)).toBe(0);
  expect(io.err()).toContain('newsbrief.db (1 stored story); console chat');
  expect(io.out()).toContain('Lido reopens after repairs');
});
