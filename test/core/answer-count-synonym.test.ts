import { describe, expect, it } from 'vitest';
import { counts } from '../support/count-answers';

// Issue 12, false "doesn't say" with the ranker's best sentence right (session 57): the counted-kinds table holds only
// words news copy counts, so a question's informal noun ("cops") had no kinds and never met the copy's "police
// officers". WordNet files "cop" under officer and policeman (class-members.json): the count is read at that level.
describe('a count given under a synonym WordNet files the asked noun under', () => {
  it('reads "officers" as counting the cops asked', () => {
    expect(counts('wounding four police officers before he was arrested', 'how many cops were wounded?')).toBe(true);
  });

  it('keeps what is no count of the asked thing (controls)', () => {
    // A class the asked noun is not filed under stays no count of it.
    expect(counts('wounding four passengers before he was arrested', 'how many cops were wounded?')).toBe(false);
    // A definite number still points back at a set already named.
    expect(counts('the four officers were wounded', 'how many cops were wounded?')).toBe(false);
  });
});
