import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { captureIo } from '../support/capture-io';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-json-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], env: NodeJS.ProcessEnv) {
  const io = captureIo({ NEWSBRIEF_LOG_LEVEL: 'silent', ...env });
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

// Review s35 B-ux35-1: a script that asked for --json reads stdout; every exit-2 failure is data there.
describe('a store or config failure under --json is JSON on stdout', () => {
  it('a folder as NEWSBRIEF_DB: {error, code: "store"}', async () => {
    const { code, out, err } = await cli(['ask', 'harbour', 'who paid for the dredging?', '--json'], {
      NEWSBRIEF_DB: dir,
    });
    expect(code).toBe(2);
    expect(err).toBe('');
    expect(JSON.parse(out)).toEqual({ error: expect.stringContaining('it is a folder'), code: 'store' });
  });

  it('a setting out of range: {error, code: "config"}', async () => {
    const { code, out, err } = await cli(['list', '--json'], {
      NEWSBRIEF_DB: join(dir, 'newsbrief.db'),
      NEWSBRIEF_ENGINE: 'bogus',
    });
    expect(code).toBe(2);
    expect(err).toBe('');
    expect(JSON.parse(out)).toEqual({ error: expect.stringContaining('NEWSBRIEF_ENGINE'), code: 'config' });
  });

  it('without --json the failure stays text on stderr (control)', async () => {
    const { code, out, err } = await cli(['ask', 'harbour', 'who paid for the dredging?'], { NEWSBRIEF_DB: dir });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('it is a folder');
  });

  it('a miss is exit 1 with its own shape, {answer: null, sentenceIds, error, suggestions} (control)', async () => {
    const { code, out } = await cli(['ask', 'harbour', 'who paid for the dredging?', '--json'], {
      NEWSBRIEF_DB: join(dir, 'newsbrief.db'),
    });
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({ answer: null, sentenceIds: [], suggestions: [] });
  });
});
