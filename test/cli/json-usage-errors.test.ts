import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { captureIo } from '../support/capture-io';

let dir: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-json-usage-'));
  env = { NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'silent' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const io = captureIo(env);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('a usage mistake under --json is JSON on stdout', () => {
  it('ask: no question, an unknown option, words after the question, a missing option value', async () => {
    const cases: [string[], string][] = [
      [['ask', '--json'], 'Say which story and the question'],
      [['ask', 'harbour', '--json'], 'The question is missing'],
      [['ask', 'harbour', 'who paid for the dredging?', '--json', '--verbose'], 'Unknown option --verbose.'],
      [['ask', 'harbour', 'who paid for the dredging?', 'tomorrow', '--json'], '"tomorrow" comes after the question'],
      [['ask', '--json', '--file'], 'Option --file needs a value.'],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = await cli(args);
      expect(code).toBe(2);
      expect(err).toBe('');
      const parsed = JSON.parse(out);
      expect(parsed.code).toBe('usage');
      expect(parsed.error).toContain(message);
      expect(out.trim().split('\n')).toHaveLength(1);
    }
  });

  it('brief --json with no words says so as JSON too', async () => {
    const { code, out } = await cli(['brief', '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(out)).toEqual({ error: expect.stringContaining('Which story?'), code: 'usage' });
  });

  it('without --json the mistake stays text on stderr with the usage (control)', async () => {
    const { code, out, err } = await cli(['ask', 'harbour', 'who paid for the dredging?', 'tomorrow']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('"tomorrow" comes after the question');
    expect(err).toContain('Usage: newsbrief ask');
  });

  it("a --json after -- is the user's word, not the option (control)", async () => {
    const { code, out, err } = await cli(['ask', 'harbour', '--', '--json']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('Usage: newsbrief ask');
  });
});
