import { afterEach, describe, expect, it, vi } from 'vitest';
import { cueScope } from '../../src/core/cue-scope';
import { narratedConflict } from '../../src/core/narrated-conflict';
import { cutClause } from '../../src/core/question-clauses';
import { subjectBefore } from '../../src/core/speaker-phrase';
import { splicedWords } from '../../src/core/spliced-words';
import { subjectlessClause } from '../../src/core/subjectless-clause';
import { verblessThat } from '../../src/core/verbless-that';

// Speed (session 46): these run once a sentence, question or quote, and each read a fixed pattern through
// matchAll (which copies the pattern on every call) or built it from a string on every call. Read through
// eachMatch / a module constant instead, with the same answers (the controls, and the analysis digest).
afterEach(() => vi.restoreAllMocks());

const COPY =
  'The ferry board - meeting in Dunmore on Tuesday - voted to sell the old pier, while the harbour trust said it would appeal, and that was all.';
const CONFLICT = 'Critics on the council attacked the ferry plan, and the harbour trust defended it on Monday.';
const calls = (work: () => unknown) => {
  const matchAll = vi.spyOn(RegExp.prototype, Symbol.matchAll);
  const answer = work();
  return { answer, matchAll: matchAll.mock.calls.length };
};

describe('fixed patterns read without a copy per call', () => {
  it('cuts a clause, scopes a cue, reads a subject and checks a question without matchAll', () => {
    const copy = 'Ms Varga, who chairs the ferry board, said the pier would close.';
    const runs = [
      calls(() => cutClause(COPY)),
      calls(() => cueScope(COPY, COPY.indexOf('voted'), COPY.indexOf('voted') + 5)),
      calls(() => subjectBefore(copy.slice(0, copy.indexOf(' said')), 0)),
      calls(() => subjectlessClause('Can anyone confirm that the pier would close?', copy)),
      calls(() => narratedConflict(CONFLICT, CONFLICT.indexOf('attacked'), 'attacked')),
      calls(() => splicedWords('Did the board say that The pier would close?', copy, new Set())),
    ];
    expect(runs.map((r) => r.matchAll)).toEqual(runs.map(() => 0));
  });

  it('gives the same answers (control)', () => {
    const copy = 'Ms Varga, who chairs the ferry board, said the pier would close.';
    expect(cutClause(COPY).endsWith('the old pier')).toBe(true);
    expect(cueScope(COPY, COPY.indexOf('meeting'), COPY.indexOf('meeting') + 7)).toBe('aside');
    expect(subjectBefore(copy.slice(0, copy.indexOf(' said')), 0)).toMatchObject({ kind: 'phrase', text: 'Ms Varga' });
    expect(verblessThat('Can anyone confirm that the ferry board?')).toBe(true);
    expect(narratedConflict(CONFLICT, CONFLICT.indexOf('attacked'), 'attacked')).toBe(false);
    expect(verblessThat('Can anyone confirm that the ferry board sold the pier?')).toBe(false);
  });
});
