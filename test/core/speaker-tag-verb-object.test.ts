import { describe, expect, it } from 'vitest';
import { speakerOf } from '../support/headline-speaker';

// A name after a verb of another subject inside a tag is that verb's object, never the speaker (PolNeAR train's
// "The Rove ad hits Clinton for … and claims that "…"" credited to Clinton), on invented council copy.

const lead = 'Mayor Ruth Kaspar faces a recall vote in May. A flyer paid for by the builders went out on Monday.';

describe("a name the tag's verb takes as its object", () => {
  it('is not the speaker of "The flyer attacks Kaspar … and claims that "…""', () => {
    expect(
      speakerOf(
        `${lead} The flyer attacks Kaspar for the new parking levy and claims that "the mayor has emptied the town's purse."`,
        'the mayor',
      ),
    ).toBeNull();
  });

  it('is still the speaker as the subject of the same verbs (control)', () => {
    expect(
      speakerOf(
        `${lead} Kaspar attacks the flyer for its sums and claims that "the builders have emptied the town's purse."`,
        'the builders',
      ),
    ).toBe('Ruth Kaspar');
  });

  it('is still the speaker after "quoted … as saying" (control)', () => {
    expect(
      speakerOf(
        `${lead} The Ormsund Herald quoted Kaspar as saying "the levy stays until the bridge is paid for."`,
        'the levy',
      ),
    ).toBe('Ruth Kaspar');
  });
});
