import { describe, expect, it } from 'vitest';
import { deliberatedDecision } from '../../src/core/deliberated-decision';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';
import { refusal } from '../../src/core/refusal-question';
import { unknownAndRefusal } from '../../src/core/unknown-and-refusal';

// Issue 13, session 61 (fu61): audit 61's B-a61-15 leftovers and the brief's open-question shapes, in invented copy.

const ctx = (text: string) => ({ text, actor: null, mainActor: null, properWords: new Set(['Okafor', 'Varga']) });
const shapes = (text: string) => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('a promise whose date is withheld asks when the promise happens', () => {
  it('asks of the promised act, its rough time dropped', () => {
    expect(
      refusal(
        ctx(
          'She said the harbour board would hold a public hearing in Tarvin before the end of the month, but did not give a date.',
        ),
      ),
    ).toBe('When will the harbour board hold a public hearing in Tarvin?');
    expect(
      refusal(
        ctx('Okafor said the trust would publish its audit of the ferry fleet next spring, but did not say when.'),
      ),
    ).toBe('When will the trust publish its audit of the ferry fleet?');
  });

  it('leaves a past act and a bare refusal as before', () => {
    // A past act holds no modal to ask ahead of: the bare "when" is shown as its passage.
    expect(refusal(ctx('Okafor said the mill had closed, but did not say when.'))).toBeNull();
    expect(refusal(ctx('The ministry did not give a date.'))).toBe('When will the ministry give a date?');
  });
});

describe("the speaker's own stance on whatever comes up is no decision to come", () => {
  it('drops the pending cue of "said she would vote against any …"', () => {
    expect(
      shapes('The ward member, Cllr Ines Varga, said she would vote against any proposal to shut the library.'),
    ).not.toContain('schedule');
  });

  it('keeps a vote on a named thing and one told of another subject', () => {
    expect(shapes('Varga said she would vote on the library proposal next week.')).toContain('schedule');
    expect(shapes('Varga said the cabinet would vote against any proposal to shut the library.')).toContain('schedule');
  });
});

describe("the writer's unknown and a refusal in one sentence: both are asked", () => {
  it("joins the first clause's unknown and the refusal's question", () => {
    expect(
      unknownAndRefusal(
        ctx(
          'It remains unclear who will pay for the new sea wall, and the council has not said whether the work will start this year.',
        ),
      ),
    ).toBe('Who can say who will pay for the new sea wall, and will the work start this year?');
  });

  it('asks the first alone when the refusal reads no question, and a refusal alone as before', () => {
    expect(
      unknownAndRefusal(
        ctx(
          'It is not known who ordered the closure of the ferry terminal, and the port authority declined to comment.',
        ),
      ),
    ).toBe('Who can say who ordered the closure of the ferry terminal?');
    const alone = 'The council has not said whether the work on the sea wall will start this year.';
    expect(unknownAndRefusal(ctx(alone))).toBe(refusal(ctx(alone)));
  });

  // rev64fixa (review 64, R64-3): the refusal's own "Is it the case that …, and will X say?" joined on gave two "and"s.
  it('asks a withheld whether as what the refuser would say, with one "and"', () => {
    const text =
      'It remains unclear how many homes were flooded on the estate, and the council has not said whether any tenant was moved.';
    expect(refusal(ctx(text.split(', and ')[1]!))).toMatch(/^Is it the case that .+, and will the council say\?$/);
    expect(unknownAndRefusal(ctx(text))).toBe(
      'Who can say how many homes were flooded on the estate, and will the council say whether any tenant was moved?',
    );
  });
});

describe('an AP short month dates a future as the written-out month does', () => {
  it.each(['The new harbour toll will take effect on Feb. 1.', 'The ferry service will resume from Sept. 4.'])(
    '%s',
    (text) => {
      expect(shapes(text)).toContain('future');
    },
  );

  it('needs the day after the stop', () => {
    expect(shapes('The ferry service will resume, Okafor said in Feb.')).not.toContain('future');
  });
});

describe('"still" inside the writer\'s "not clear"', () => {
  it('is the unclear cue', () => {
    expect(shapes("It's still not clear how many berths the new quay will hold.")).toContain('unclear');
  });
});

describe('a body weighing a matter and deciding it is one lead', () => {
  const decide = "Will the harbour trust's board decide next month whether to sell the east quay?";

  it('merges the undated weighing into the decision, either way round', () => {
    expect(deliberatedDecision(decide, 'Will the board consider a report on the future of the quays?')).toBe(true);
    expect(deliberatedDecision('Will the board review the bids?', decide)).toBe(true);
  });

  it('keeps another body, a dated step and two decisions apart', () => {
    expect(deliberatedDecision(decide, 'Will the council consider a report on the future of the quays?')).toBe(false);
    expect(deliberatedDecision(decide, 'Will the board consider the bids on Tuesday?')).toBe(false);
    expect(deliberatedDecision(decide, 'Will the board decide whether to dredge the channel?')).toBe(false);
  });
});
