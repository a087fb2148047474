import { expect, it } from 'vitest';
import { threadTurns } from '../../src/store/thread-turns';

// Session 52, tidy52: thread turns and cited sentences share one defensive reader of a JSON array column
// (stored-json-objects.ts); a damaged turns value still reads as no turns, and a good one, as text or jsonb, reads whole.
it('reads a malformed stored turns value as no turns, and a good one as text or as jsonb alike', () => {
  const turns = [{ question: 'who closed the ferry?', cited: [{ id: 4, text: 'The ferry stopped.' }] }];
  const read = [{ question: 'who closed the ferry?', cited: [{ id: 4, text: 'The ferry stopped.' }] }];
  expect(threadTurns(JSON.stringify(turns), null)).toEqual(read);
  expect(threadTurns(turns, null)).toEqual(read);
  for (const damaged of ['[{"question":', 'not json', '', '{"question":"why?"}', '[3, null]', '[{"question":7}]', 7])
    expect(threadTurns(damaged, null), String(damaged)).toEqual([]);
  // An entry with a question but damaged citations keeps its question.
  expect(threadTurns([{ question: 'when?', cited: 'oops' }], null)).toEqual([{ question: 'when?', cited: [] }]);
});
