import { describe, expect, it } from 'vitest';
import { leadIn } from '../../src/core/lead-in';
import { passageItem } from '../../src/core/passage-item';
import { hedged, type PhraseContext } from '../../src/core/phrase-question';
import type { QuestionInput } from '../../src/core/prepare-questions';
import { reportedClaims } from '../../src/core/reported-claims';
import { pastCap } from './past-cap';

/**
 * The ungrammatical shapes hand-read sample 38 found (docs/hand-read-questions.md, "Sample 38", engine 62), each in
 * copy written for the test, with a near control that must not change.
 */

const names = new Set(['Marsh', 'Lind', 'Okafor']);

function context(text: string): PhraseContext {
  return { text, actor: null, mainActor: null, properWords: names };
}

describe('a hedge inside an opening participle phrase doubts the phrase, not the clause (#50)', () => {
  it.each([
    // The phrase alone was asked: "Can it be confirmed that driven by anger at the harbour board?"
    'Driven apparently by anger at the harbour board, Marsh told the meeting the dredging contract was a scandal and the chairman should resign.',
    // The clause after the phrase was asked as the doubted claim, with the phrase's motive left in it.
    'Apparently angered by the vote on the dredging contract, the harbour board walked out of the council chamber on Tuesday night.',
  ])('"%s" is shown as its passage', (sentence) => {
    expect(hedged(context(sentence))).toBeNull();
  });

  it.each([
    // Controls: a hedge standing alone before the comma, or inside the clause, doubts the clause.
    [
      'Reportedly, the harbour board walked out of the council chamber on Tuesday night after the vote on the dredging contract.',
      'Can it be confirmed that the harbour board walked out of the council chamber on Tuesday night after the vote on the dredging contract?',
    ],
    [
      'Marsh apparently walked out of the council chamber on Tuesday night after the vote on the dredging contract.',
      'Can it be confirmed that Marsh walked out of the council chamber on Tuesday night after the vote on the dredging contract?',
    ],
  ])('control: "%s"', (sentence, expected) => {
    expect(hedged(context(sentence))).toBe(expected);
  });
});

describe('a 40-word passage is never cut at a comma inside an aside a relative "where"/"when" opens (#29)', () => {
  // "has said", not "said": before a bare reporting verb the opening apposition would go (apposition-aside.ts,
  // sample 40) and the passage fit whole, with no cut left to test.
  it('runs past "where, in some cases," to the relative clause\'s subject and verb', () => {
    expect(
      passageItem(
        'pending',
        pastCap(
          'Ruth Okafor, a former director of the harbour trust, has said the board would focus on five berths where cargo ships were particularly costly to unload for the port and where, in some cases, tenants had also complained about broken cranes in recent years.',
        ),
        null,
      ),
    ).toBe(
      'Pending: “Ruth Okafor, a former director of the harbour trust, has said the board would focus on five berths where cargo ships were particularly costly to unload for the port and where, in some cases, tenants had also complained about broken …”',
    );
  });

  it("control: a comma after the relative clause's own verb and object still ends the passage", () => {
    expect(
      passageItem(
        'pending',
        pastCap(
          'Ruth Okafor, a former director of the harbour trust, has said the board would focus on five berths where cargo ships were particularly costly to unload for the port and its tenants, although in some cases the tenants had also complained about broken cranes in recent years.',
        ),
        null,
      ),
    ).toBe(
      'Pending: “Ruth Okafor, a former director of the harbour trust, has said the board would focus on five berths where cargo ships were particularly costly to unload for the port and its tenants …”',
    );
  });
});

describe('a sentence that only introduces the next one claims nothing (#45)', () => {
  const leadIns = [
    'Ellen Marsh, a councillor who has sat on the board since 2015, said that given the state of the silt in the harbour:',
    'The Yorkshire Courier reports:',
    'According to Tom Lind, writing for the harbour newsletter:',
    'The board, on the other hand, now has to do the following:',
    'The council made the same complaint in March, and the harbour board responded:',
  ];
  it.each(leadIns)('"%s" is a lead-in', (sentence) => {
    expect(leadIn(sentence)).toBe(true);
  });

  it.each([
    // Controls: a claim finished before its colon keeps its verb, whoever it is credited to.
    'There are four dredging firms that bid for the contract, according to the harbour board:',
    'As the Courier reported, even on Friday the board was refusing to call the silt a hazard:',
    'Ellen Marsh said the board had ignored two cheaper bids from local firms:',
    'The board has published all four bids for the Secretary of State:',
  ])('control: "%s" is not', (sentence) => {
    expect(leadIn(sentence)).toBe(false);
  });

  it("is no reported claim, though its speaker is someone's", () => {
    const texts = [leadIns[0]!, 'Ellen Marsh said the board had ignored two cheaper bids from local firms.'];
    const partial = {
      sentences: texts.map((text, id) => ({ id, text })),
      statements: texts.map((_, sentenceId) => ({ sentenceId, speaker: 'Ellen Marsh' })),
      entities: [{ name: 'Ellen Marsh', type: 'person' }],
    } as unknown as Pick<QuestionInput, 'sentences' | 'statements' | 'entities'>;
    expect([...reportedClaims(partial)]).toEqual([1]);
  });
});

describe("a 40-word passage does not end on a word that opens a phrase (session 40's passage class)", () => {
  const opening =
    'The harbour board said on Tuesday that it had asked the two dredging firms that bid for the contract last spring to set out in writing how much';
  it.each([
    [
      pastCap(
        `${opening} of the silt in the outer berths they could clear before the winter storms and at what cost to the port.`,
      ),
      `Pending: “${opening} of the silt in the outer berths they could clear …”`,
    ],
    [
      // Session 49 (cut49): a name in the words a cut would drop now shows the sentence whole up to the hard cap of 60
      // words (cut-names-numbers.test.ts); the same words with no name in them are still cut.
      `${opening} silt the crews had cleared from the outer berths near the old University of Leeds boathouse before the winter storms and the spring tides that followed them.`,
      `Pending: “${opening} silt the crews had cleared from the outer berths near the old University of Leeds boathouse before the winter storms and the spring tides that followed them.”`,
    ],
    [
      pastCap(
        `${opening} silt the crews had cleared from the outer berths near the old boathouse of the rowing club before the winter storms and the spring tides that followed them.`,
      ),
      `Pending: “${opening} silt the crews had cleared from the outer berths near the old …”`,
    ],
  ])('"%s"', (sentence, expected) => {
    expect(passageItem('pending', sentence, null)).toBe(expected);
  });

  it('control: a cut that falls after a content word is shown as it falls', () => {
    expect(
      passageItem(
        'pending',
        pastCap(
          `${opening} silt the crews had cleared from the outer berths near the old sea wall before the first winter storms began.`,
        ),
        null,
      ),
    ).toBe(`Pending: “${opening} silt the crews had cleared from the outer berths near the old …”`);
  });
});
