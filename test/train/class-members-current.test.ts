import { describe, expect, it } from 'vitest';
import data from '../../src/core/class-members.json' with { type: 'json' };
import { buildClassMembers } from '../../src/train/build-class-members';
import { wordnetDict } from '../../src/train/wordnet-dict';

// The committed classes are what src/train/build-class-members.ts writes from WordNet (and the answer vectors'
// vocabulary) alone, so an edit by hand, or a stale file, shows.
describe('class-members.json is what build-class-members builds', () => {
  it('from WordNet 3.1: the classes within three hypernyms of each common noun', () => {
    const built = buildClassMembers(wordnetDict());
    expect({ classes: built }).toEqual(data);
    expect(built.rifl!.split(' ')).toContain('weapon');
    expect(built.group).toBeUndefined();
  });
});
