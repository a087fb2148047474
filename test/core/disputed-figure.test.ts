import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Session 60 (audit 60's B-a60-16): a figure one source gives and another disputes is cited with both sides.
const ferries = analyzeArticle(
  [
    'Island ferry users say the service has been cut',
    'Passengers on the Kelloway crossing say sailings have been cut since the spring.',
    "Mairi Dunn, who chairs the islanders' association, said residents had asked the operator for extra winter sailings four times since August and received only three.",
    'The ferry operator denied that claim. Its operations manager, Rhona Faulds, said 14 extra sailings had been added to the timetable since the autumn and that "the figures are published."',
    'The association plans to raise the matter at the council meeting next week.',
  ].join('\n\n'),
);

describe('a disputed figure is answered with both sides', () => {
  it("cites the other source's figure beside the answer when a denial stands between them", () => {
    const result = answerQuestion(ferries, 'How many extra sailings were added to the timetable?');
    expect(result.answer).toMatch(/14 extra sailings/);
    expect(result.answer).toMatch(/received only three/);
  });

  it('adds no other figure to a question of another kind (control)', () => {
    const result = answerQuestion(ferries, 'Who is the operations manager?');
    expect(result.answer ?? '').not.toMatch(/received only three/);
  });
});

// Review 63's R63-3: "contest" and "challenge" dispute a figure only as verbs; as nouns two seasons' figures stand apart.
const seasons = (middle: string, last: string) =>
  analyzeArticle(
    ['Regatta entries rise', 'The village regatta drew 80 boats this summer, organisers said.', middle, last].join(
      '\n\n',
    ),
  );

describe('a figure beside another, with "contest" or "challenge" as a noun', () => {
  it.each([
    ['"contest" names the event', 'Crews praised the calm water on the day.', 'the rowing contest drew 55 boats'],
    [
      '"The challenge now is …" stands between',
      'The challenge now is to find moorings for them all.',
      'the regatta drew 55 boats',
    ],
    // Session 61 (ans82): "dispute" as a noun and "a hotly contested" as a modifier contest nothing either.
    ['"dispute" is a noun', 'A berthing dispute kept some crews ashore.', 'the regatta drew 55 boats'],
    ['"contested" modifies a noun', 'The final was a hotly contested race.', 'the regatta drew 55 boats'],
  ])("does not cite last year's figure when %s (control)", (_, middle, last) => {
    const a = seasons(middle, `Last summer ${last}, a club official said.`);
    const r = answerQuestion(a, 'How many boats did the village regatta draw?');
    expect(r.answer).toMatch(/80 boats/);
    expect(r.answer).not.toMatch(/55 boats/);
  });

  it('cites the other figure when "challenge" is the verb', () => {
    const a = seasons(
      'A rival club will challenge that count.',
      'Its own tally put the entry at 55 boats, a club official said.',
    );
    const r = answerQuestion(a, 'How many boats did the village regatta draw?');
    expect(r.answer).toMatch(/80 boats/);
    expect(r.answer).toMatch(/55 boats/);
  });
});
