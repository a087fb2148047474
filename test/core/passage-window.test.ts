import { describe, expect, it } from 'vitest';
import { passageItem } from '../../src/core/passage-item';
import { pastCap } from './past-cap';

// The 40-word window of a shown passage keeps the claim: it starts at the sentence's subject, drops an
// aside from the middle or words from the end, and never alters a word (sample 19's #2, #19, #30;
// review B-g1). Small sentences written for the shapes, each with a control that must not change.

/** Every word the item shows, bar its "…", is a word of the sentence, in order. */
function wordsKept(item: string, sentence: string): boolean {
  const shown = item
    .replace(/^\w[\w ]*: “|”(?:, says .*)?$/g, '')
    .split(/\s+/)
    .filter((w) => w !== '…' && w !== '(…)' && !w.startsWith('(…)'));
  let at = 0;
  const source = sentence.split(/\s+/);
  for (const word of shown) {
    while (at < source.length && source[at] !== word) at++;
    if (at === source.length) return false;
    at++;
  }
  return true;
}

const FILLER = 'the old mill near the river bend where the ferry used to cross';

describe('passage window: the claim stays shown', () => {
  it('starts at the subject when a list item followed by a relative clause looks like a clause on a name', () => {
    const sentence = `The city of Leeds has also agreed to house up to 300 people from Kent, Surrey and Essex who survived the floods of the spring but are waiting for repairs to be done to the mill near the river bend, officials said Monday.`;
    const item = passageItem('unverified', sentence, 'an unnamed source', sentence.indexOf('officials said'));
    expect(item.startsWith('Unverified: “The city of Leeds has also agreed to house up to 300 people')).toBe(true);
    expect(wordsKept(item, sentence)).toBe(true);
  });

  it('control: a later clause that opens on a name still starts the window there', () => {
    const sentence = pastCap(
      `Standing beside the mayor at ${FILLER} and the new bridge that the council built over ${FILLER} last summer, Jane Fell accused Smith of lying.`,
    );
    const item = passageItem('pending', sentence, null, sentence.indexOf('accused'));
    expect(item).toMatch(/^Pending: “… Jane Fell accused Smith of lying while/);
  });

  it('does not end a passage at a comma inside its opening subordinate clause', () => {
    const sentence = `If we read the plan right when he says he means to win votes everywhere he can, it would seem as if his real aim is to stay in the race long enough to keep his rival from the votes he needs at ${FILLER} and beyond it.`;
    const item = passageItem('pending', pastCap(sentence), null);
    expect(item).toContain('it would seem as if his real aim is to stay in the race');
    expect(item).toMatch(/ …”$/);
    expect(wordsKept(item, sentence)).toBe(true);
  });

  it('control: a sentence opening on its subject still ends at a late clause boundary', () => {
    const sentence = `The council said the plan would cost more than the last one, and the mayor said that ${FILLER} would be sold to pay for it, though nobody has said when ${FILLER} will be sold.`;
    const item = passageItem('pending', pastCap(sentence), null);
    expect(item).toMatch(/would be sold to pay for it …”$/);
  });

  it('drops a long bracketed aside before the claim, marked "(…)"', () => {
    const sentence = pastCap(
      `While it is true that the mayor is more able, in terms of service, than his rival was to be mayor (he was a school clerk, a part-time councillor and a shop owner), there are many who held the office before who were far more able than ${FILLER}.`,
    );
    const item = passageItem('pending', sentence, null);
    expect(item).toContain('to be mayor (…), there are many who held the office');
    expect(wordsKept(item, sentence)).toBe(true);
  });

  // Session 50 (sample48b): a passage under the hard cap of 60 words is shown whole, its aside too.
  it('keeps a long dashed aside before the claim in a sentence under the cap', () => {
    const sentence = `After a run of recent rows - including the mayor's claim that the council should sell the mill; his attack on a local family; and his hint that the ferry crew could strike against the council - the mayor began trying anew to sound calm.`;
    const item = passageItem('unverified', sentence, null, 0);
    expect(item).toBe(`Unverified: “${sentence}”`);
  });

  it('control: a short passage keeps its aside; a passage that fits is shown whole', () => {
    const short = 'The mayor (he was a clerk, a councillor and a shop owner) began trying anew to sound calm.';
    expect(passageItem('pending', short, null)).toBe(`Pending: “${short}”`);
    const dashed =
      'After a run of rows - including the claim that the council should sell the mill - the mayor began to sound calm.';
    expect(passageItem('pending', dashed, null)).toBe(`Pending: “${dashed}”`);
  });

  it('never cuts inside the aside that holds the cue', () => {
    const sentence = `The mayor - who officials said had agreed to sell ${FILLER} to a firm from Leeds - will face ${FILLER} and the council at a long hearing on the plan next week in the town hall.`;
    const item = passageItem('unverified', sentence, null, sentence.indexOf('officials said'));
    expect(item).toContain('who officials said had agreed');
    expect(wordsKept(item, sentence)).toBe(true);
  });
});
