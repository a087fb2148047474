import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { captureIo } from '../support/capture-io';

// Issue 12, end to end through `newsbrief ask --file`: a why-question beside "was due to sign" (a schedule, not a
// cause), and "how much did it cost?", whose only content word is its type word. Composed copy, nothing stored.
let dir: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-ask-readings-'));
  env = { NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'silent' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function ask(text: string, question: string) {
  const file = join(dir, 'story.txt');
  writeFileSync(file, text);
  const io = captureIo(env, []);
  const code = await runCli(['ask', '--file', file, question, '--json'], io);
  return { code, json: JSON.parse(io.out()) as { answer: string | null } };
}

const TRANSFER = `Harbour club's swoop for goalkeeper falls through

Harbour Town's £3 million bid for Rovers goalkeeper Tomas Lind fell apart on Friday after a failed medical, the club said.

Lind, 28, had agreed a three-year deal and was due to sign on Monday.

Rovers manager Ellen Shaw said she was glad to keep the Swede, who kept 14 clean sheets last season.
`;

const BRIDGE = `City reopens Mill Street bridge after two-year repair

MILLBROOK — The Mill Street bridge reopened to traffic Wednesday after a two-year repair that ran well over budget.

The work cost $18 million, nearly double the first estimate, city engineer Dana Ortiz said.

Mayor Lou Grant called the reopening "a relief for every commuter on the east side."
`;

describe('newsbrief ask --file on two question readings', () => {
  it('answers why the move collapsed with the failed medical, not the signing it was due for', async () => {
    const { code, json } = await ask(TRANSFER, 'why did the move collapse?');
    expect(code).toBe(0);
    expect(json.answer).toContain('after a failed medical');
  });

  it('answers "how much did it cost?" with the sentence carrying the sum', async () => {
    const { json } = await ask(BRIDGE, 'how much did it cost?');
    expect(json.answer).toContain('$18 million');
  });

  it('still answers the cost when the question names the work (control)', async () => {
    const { json } = await ask(BRIDGE, 'how much did the work cost?');
    expect(json.answer).toContain('$18 million');
  });
});
