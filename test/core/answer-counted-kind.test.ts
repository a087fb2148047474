import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { countedKinds } from '../../src/core/counted-kinds';
import { counts, firstCited } from '../support/count-answers';

// Issue 12, false "doesn't say": the copy counts the asked thing under a narrower name ("how many people…?" -> "about
// 240 residents"), which WordNet files under it (counted-kinds.ts). Composed copy: a British flood report and a US
// hospital story.
const flood = analyzeArticle(`Riverside streets cleared as the Severn rises

Police moved families out of the lowest streets of Upton overnight as the river rose to its highest level since 2007.

About 240 residents were evacuated to a rest centre at the town's leisure club, Worcestershire County Council said.

The Environment Agency said the river was expected to peak on Thursday afternoon.

Councillor Ann Webb, 58, a retired teacher, said the town had "pulled together as it always does".
`);

const hospital = analyzeArticle(`Hospital network hit by ransomware attack

RIVERTON — A ransomware attack shut down computer systems at Riverton General Hospital on Tuesday, officials said.

Hackers locked 40 workstations and two servers in the hospital's records department, chief executive Dan Price said.

Patients were diverted to nearby hospitals for about six hours while staff worked on paper charts.

Price said no patient records appeared to have been stolen.
`);

describe('a count given under a narrower name than the question asks', () => {
  it('reads residents, passengers and workstations as the people or machines asked', () => {
    expect(countedKinds('residents')).toEqual(expect.arrayContaining(['person', 'people']));
    expect(counts('About 240 residents were taken to a rest centre', 'how many people were moved?')).toBe(true);
    expect(counts('there were 56 passengers on board', 'how many people were on the plane?')).toBe(true);
    expect(counts('Hackers locked 40 workstations', 'how many machines were locked?')).toBe(true);
  });

  it('answers "how many people" with the residents counted instead of saying the article does not say', () => {
    expect(firstCited(flood, 'How many people were evacuated?')).toContain('About 240 residents');
  });

  it('answers "how many machines" with the workstations counted', () => {
    expect(firstCited(hospital, 'How many machines were locked?')).toContain('40 workstations');
  });

  it('keeps what is no count of the asked thing (controls)', () => {
    // The asked noun itself, as before.
    expect(counts('Police moved 30 people overnight', 'how many people were moved?')).toBe(true);
    // Another kind: cars are no people.
    expect(counts('Police moved 30 cars overnight', 'how many people were moved?')).toBe(false);
    // A modifier, not the counted head: three debates, not three presidents.
    expect(counts('the first of three president debates', 'how many people will watch?')).toBe(false);
    // An age before an appositive role: "58, a retired teacher" counts no one.
    expect(counts('Councillor Ann Webb, 58, a retired teacher, said', 'how many people were moved?')).toBe(false);
    // A year before a person's role dates them: "a 1979 graduate" counts no one.
    expect(counts('he is a 1979 graduate of the law school', 'how many people were moved?')).toBe(false);
    // The asked thing the copy never counts stays unanswered.
    expect(firstCited(hospital, 'How many patients were diverted?')).not.toContain('workstations');
  });
});
