import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour plan in brief\n\n${body}`).quotes.map((q) => q.speaker);

const OKAFOR =
  '"The harbour plan will cost the town its beaches," said Grace Okafor, who chairs the residents\' group.';

/**
 * Session 38 (sp50): a quotation whose own sentence names a body as its subject ("Gallup found that "…"", "as The
 * Ledger pointed out, "…"") is not carried on to the person quoted just before.
 */
describe("a body named as the subject of the quotation's own sentence", () => {
  it.each([
    // US style: a survey body after a fronted year.
    [
      'Gallup found that',
      `${OKAFOR}\n\nIn 2019, Gallup found that "nearly half of residents opposed any new harbour works."`,
    ],
    // Wire style: "as <outlet> pointed out".
    [
      'as The Ledger pointed out',
      `${OKAFOR}\n\nBut as The Ledger pointed out, "The council has approved three plans and built none."`,
    ],
    // A body with an apposition, the words after a colon.
    [
      'Harbour Watch, a charity, emailed',
      `${OKAFOR}\n\nHarbour Watch, a conservation charity, emailed its members a single line: "Write to your councillor today."`,
    ],
  ])('does not give the words to the person quoted before: %s', (_, body) => {
    const speakers = quoteSpeakers(body);
    expect(speakers[0]).toBe('Grace Okafor');
    expect(speakers.slice(1).join(' ')).not.toMatch(/Okafor/);
  });

  it("does not give a body's words to the speaker quoted next or to someone named only elsewhere", () => {
    // Wire style, a round-up of reactions: the governor named two sentences back, the next country in the run.
    expect(
      quoteSpeakers(
        'Governor Ana Ruiz said the plan was "going ahead."\n\nPeru branded the harbour an "outlaw port in the region." Norway insisted that the port "stop its dangerous dredging."',
      ),
    ).toEqual(['Ana Ruiz', null, null]);
    // The person quoted right after the body's words.
    expect(
      quoteSpeakers(
        'Ms. Ruiz spoke first.\n\nThe Harbour Trust branded the plan "an act of vandalism." "It will not stand," Ms. Ruiz said.',
      ),
    ).toEqual([null, 'Ruiz']);
  });

  it.each([
    // A plural common noun capitalised by the sentence, and an opener, are no body (controls).
    ['Audiences can expect', `${OKAFOR} Audiences can expect her to bring "a little more fire than usual."`],
    ['Then came another letter', `${OKAFOR} Then came another letter, in which she promised "a fight to the end."`],
  ])('keeps the speaker carried on past "%s" (control)', (_, body) => {
    expect(quoteSpeakers(body)).toEqual(['Grace Okafor', 'Grace Okafor']);
  });

  it('leaves a body its own tag (control)', () => {
    expect(
      quoteSpeakers('Ms. Okafor spoke at the hall.\n\nThe Harbour Trust said the plan was "an act of vandalism."'),
    ).toEqual(['the Harbour Trust']);
  });

  it('still carries the speaker on when the next sentence has no subject of its own (control)', () => {
    expect(quoteSpeakers(`${OKAFOR} "We will not stop."`)).toEqual(['Grace Okafor', 'Grace Okafor']);
  });
});
