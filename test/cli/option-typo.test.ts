import { expect, it } from 'vitest';
import { tempStoreCli } from '../support/temp-store-cli';

// ux38 (session 37): `newsbrief --versions` was told "did you mean --version?", but a command's own
// option mistyped (`ingest samples --jsno`, `list --limt 5`) was only "Unknown option --jsno.".
// The command's options (from its usage line) are now offered the same way.
const { cli } = tempStoreCli('newsbrief-option-typo-');

it("a mistyped option of a command is named with the command's option meant", async () => {
  const ingest = await cli(['ingest', 'samples', '--jsno']);
  expect(ingest.code).toBe(2);
  expect(ingest.err).toMatch(/^Unknown option --jsno — did you mean --json\?\nUsage: newsbrief ingest/);
  expect((await cli(['list', '--limt', '5'])).err).toMatch(/^Unknown option --limt — did you mean --limit\?/);
  expect((await cli(['export', 'x.jsonl', '--forse'])).err).toMatch(/^Unknown option --forse — did you mean --force\?/);
});

it('control (same on main): an option like none of the command’s is only named', async () => {
  const brief = await cli(['brief', 'ferry', '--xyz']);
  expect(brief.code).toBe(2);
  expect(brief.err).toMatch(/^Unknown option --xyz\.\n/);
});
