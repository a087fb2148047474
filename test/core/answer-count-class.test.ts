import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { countFocus, DURATION } from '../../src/core/answer-evidence';
import { counts, firstCited } from '../support/count-answers';

// Issue 12, false "doesn't say" on count questions (session 41): the copy counts at the level of a class the asked
// noun is filed under in WordNet ("how many children …?" against "About 30 people have been treated"), "how many
// times …?" is answered by a counted act ("three attempts", "twice"), and a function word after the counted noun
// ends its phrase ("people have", though WordNet lists "the haves"). Composed copy: a school fire and a pier story.
const school = analyzeArticle(`Smoke forces evacuation of Hadley primary school

A fire in the kitchen of Hadley Primary School filled corridors with smoke on Monday morning, the fire service said.

About 30 people have been treated for smoke inhalation at the Royal County Hospital, a hospital spokeswoman said.

Head teacher Mary Dunne said lessons would resume on Wednesday in the school's new building.

The cause of the fire is being investigated.
`);

const pier = analyzeArticle(`Thieves target Brackley pier kiosk again

Thieves have made three attempts to break into the ice cream kiosk on Brackley pier since the spring, its owner said.

Owner Tom Haskins said the kiosk had been repainted last month after the latest damage.

Brackley pier has closed twice since 2019 for repairs to its deck.

The town council said it would install new lighting on the pier by the end of the year.
`);

describe('a count given at the level of a class the asked noun belongs to', () => {
  it('reads "people" as counting the children asked, the phrase ending at "have"', () => {
    expect(counts('About 30 people have been treated', 'how many children were treated?')).toBe(true);
    expect(counts('An additional 250 individuals are being sent', 'how many staffers are being sent?')).toBe(true);
    // A function word between the number and the noun ends the count: "58, but critics" counts no one.
    expect(counts('Ann Webb, 58, but critics said', 'how many people were moved?')).toBe(false);
  });

  it('answers "how many children" with the people counted instead of saying the article does not say', () => {
    expect(firstCited(school, 'How many children were taken to hospital?')).toContain('About 30 people');
    expect(firstCited(school, 'How many kids needed hospital treatment?')).toContain('About 30 people');
  });

  it('keeps what is no count of the asked thing (controls)', () => {
    // A sibling class is no count of the asked one: teachers are no children.
    expect(counts('About 30 teachers have been treated', 'how many children were treated?')).toBe(false);
    // A definite number points back at a set already named.
    expect(counts('the two candidates are level', 'how many people did the poll survey?')).toBe(false);
    // The copy's own noun, as before.
    expect(counts('About 30 children have been treated', 'how many children were treated?')).toBe(true);
  });
});

describe('"how many times" answered by a counted act', () => {
  it('reads a counted act or "twice" as the times asked', () => {
    expect(counts('Thieves have made three attempts to break in', 'how many times did thieves try to break in?')).toBe(
      true,
    );
    expect(counts('there had been seven or eight congressional investigations', 'how many times?')).toBe(true);
    expect(counts('The pier has closed twice since 2019', 'how many times has the pier closed?')).toBe(true);
  });

  it('answers from the counted attempts instead of saying the article does not say', () => {
    expect(firstCited(pier, 'How many times have thieves tried to break into the kiosk?')).toContain('three attempts');
  });

  it('keeps other counts and "how much time" apart (controls)', () => {
    // "How much time" asks a span, not a number of occurrences.
    expect(counts('The pier has closed twice since 2019', 'how much time has the pier been closed?')).toBe(false);
    // A counted act answers only "times": attempts are no people.
    expect(counts('Thieves have made three attempts', 'how many people tried to break in?')).toBe(false);
    expect(firstCited(pier, 'When will the new lighting be installed?')).toContain('by the end of the year');
    // The asked act's own sentence still answers.
    expect(firstCited(pier, 'How many times has the pier closed?')).toContain('closed twice');
  });
});

// The spelled cardinals thirteen to nineteen and sixty to ninety open a count or a stretch of time as "14" does.
const lido = analyzeArticle(`Council publishes delayed lido report

Hartfield council has published its report into the closure of the town's lido, after months of pressure from swimmers.

Fourteen months passed before the council released the engineers' findings to the public.

The report says the pool's concrete basin cracked during the cold winter of 2022.

Swimmers' group chair Lena Ortiz said the delay had been "a disgrace".
`);

describe('a spelled number from thirteen to ninety', () => {
  it('counts and measures as its figure does', () => {
    expect(counts('Sixty residents were moved to the leisure centre', 'how many residents were moved?')).toBe(true);
    expect(DURATION.test('Fourteen months passed before the report came out')).toBe(true);
    expect(firstCited(lido, 'How long did it take the council to release the findings?')).toContain(
      'Fourteen months passed',
    );
  });

  it('keeps ordinals and other answers (controls)', () => {
    expect(DURATION.test('on the fourteenth day of the inquiry')).toBe(false);
    expect(counts('Sixty-year-old residents were moved', 'how many cars were moved?')).toBe(false);
    expect(firstCited(lido, 'What did Lena Ortiz say about the delay?')).toContain('a disgrace');
  });
});

describe('a partitive "how many of …" counts its noun', () => {
  it('reads the noun after "of" and its determiner as the counted thing', () => {
    expect(counts('it has classified 22 Clinton emails as top secret', 'how many of her emails were top secret?')).toBe(
      true,
    );
    expect(counts('the trust has reopened 14 pools', 'how many of the closed pools have reopened?')).toBe(true);
  });

  it('names no noun for a pronoun and leaves the plain question alone (controls)', () => {
    expect(countFocus('how many of them have reopened?').size).toBe(0);
    expect(counts('the trust has reopened 14 pools', 'how many pools have reopened?')).toBe(true);
    expect(counts('the trust has reopened 14 pools', 'how many of the closed libraries have reopened?')).toBe(false);
  });
});
