import { expect, it } from 'vitest';
import { storedAnalysisKey } from '../../src/store/stored-analysis-key';

it('keys a story by id, content hash and every engine part, so an edited text or another engine is another key', () => {
  const story = { id: 7, contentHash: 'abc' };
  expect(storedAnalysisKey(story, 'extractive@85', 'extractive')).toBe(
    storedAnalysisKey({ ...story }, 'extractive@85', 'extractive'),
  );
  expect(storedAnalysisKey(story, 'extractive@85')).not.toBe(
    storedAnalysisKey({ ...story, contentHash: 'abd' }, 'extractive@85'),
  );
  expect(storedAnalysisKey(story, 'extractive@85')).not.toBe(storedAnalysisKey(story, 'extractive@86'));
  // Parts are kept apart: story 7 of hash "1" is not story 71 of hash "".
  expect(storedAnalysisKey({ id: 7, contentHash: '1' }, 'e')).not.toBe(
    storedAnalysisKey({ id: 71, contentHash: '' }, 'e'),
  );
});
