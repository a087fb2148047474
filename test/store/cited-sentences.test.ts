import { expect, it } from 'vitest';
import { citedSentences } from '../../src/store/cited-sentences';

it('reads a malformed or id-only stored value as no cited sentences instead of throwing', () => {
  expect(citedSentences('[{"id":2,"text":"It rained."}]')).toEqual([{ id: 2, text: 'It rained.' }]);
  expect(citedSentences([{ id: 2, text: 'It rained.' }])).toEqual([{ id: 2, text: 'It rained.' }]);
  for (const damaged of ['[{"id":2,', 'not json', '', '{"id":2}', '[3, 5]', '[{"id":1.5,"text":"x"}]', null, 7])
    expect(citedSentences(damaged), String(damaged)).toEqual([]);
});
