import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 50, fix50a (audit 51, B-a51-2): "The Commissioner for Water, Engr. Tobi Adewale-Coker, said …" was cut at
 * "Engr." into two sentences, so the name lost its role. The title list is now one (title-abbreviations.ts) for the
 * splitter, the honorifics and the role reader's honorific after a comma. Copy written for the test.
 */
function people(body: string): Array<{ name: string; role: string | null }> {
  return whoIsWho(analyzeArticle(`Water works to start\n\n${body}`)).people.map((p) => ({
    name: p.name,
    role: p.role,
  }));
}

describe('a Commonwealth title with a stop between role and name', () => {
  it('keeps the role before "Engr."', () => {
    expect(
      people(
        'The Commissioner for Water, Engr. Tobi Adewale-Coker, disclosed this on Friday while speaking to reporters in Osun. He said the pipes would be laid in May.',
      ),
    ).toEqual([{ name: 'Tobi Adewale-Coker', role: 'Commissioner for Water' }]);
  });

  it('control: the same copy with "Dr." gives the same role', () => {
    expect(
      people(
        'The Commissioner for Water, Dr. Tobi Adewale-Coker, disclosed this on Friday while speaking to reporters in Osun. He said the pipes would be laid in May.',
      ),
    ).toEqual([{ name: 'Tobi Adewale-Coker', role: 'Commissioner for Water' }]);
  });
});
