import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { NO_REASON_GIVEN } from '../../src/core/why-reason-first';

// Issue 12 (audit 58's B-a58-6, review 59): a why-question answered by the sentence restating its own premise ("X left
// the firm in October.") gives no reason; a sentence further down giving one is cited instead, or the article says it
// gives none. A reason in any shape the copy uses keeps the answer. Composed copy.
const story = (act: string, later = 'Its shares fell 4% on Tuesday.') =>
  analyzeArticle(
    [
      'Harbour firm loses second director',
      'Tamsin Okoro-Vane, the finance director of Brellin Marine, has quit the harbour firm after six years.',
      act,
      'The firm, which employs 140 people in Kelsby, said it would name a successor in the spring.',
      later,
    ].join('\n\n'),
  );
const QUESTION = 'Why did Tamsin Okoro-Vane leave the firm?';

describe('a why-answer that only restates the act', () => {
  it('says the article gives no reason when no sentence saying the act gives one', () => {
    const reply = answerQuestion(story('Okoro-Vane left the firm in October.'), QUESTION);
    expect(reply).toMatchObject({ answer: null, reason: NO_REASON_GIVEN });
  });

  it('cites a sentence further down that says the act with its reason', () => {
    const later = 'Colleagues said Okoro-Vane left the firm because the board had overruled her on the dredger sale.';
    const reply = answerQuestion(story('Okoro-Vane left the firm in October.', later), QUESTION);
    expect(reply.answer).toContain('because the board had overruled her');
  });

  it("does not cite another party's reason for a like act further down", () => {
    const later = "The harbour trust left the firm's pension scheme because its costs had doubled.";
    const reply = answerQuestion(story('Okoro-Vane left the firm in October.', later), QUESTION);
    expect(reply.answer ?? '').not.toContain('costs had doubled');
  });

  it('keeps a participle giving her grounds ("…, citing the rising cost")', () => {
    const act = 'Okoro-Vane left the firm in October, citing the rising cost of the dredging contract.';
    expect(answerQuestion(story(act), QUESTION).answer).toContain('citing the rising cost');
  });

  it('keeps a protest, an occasion and a cause word (controls)', () => {
    for (const act of [
      'Okoro-Vane left the firm in October in protest at the sale of the dredger.',
      'Okoro-Vane left the firm in October after the board rejected her plan to sell the dredger.',
      'Okoro-Vane left the firm in October because of a row over pay.',
    ])
      expect(answerQuestion(story(act), QUESTION).answer).toContain(act);
  });

  it('keeps a purpose infinitive and a stated ground with no cue word (controls, review 60 R60-8)', () => {
    // "to run": a verb no closed purpose list held (R60-1), after "last month" ("in October to run" reads as an
    // "in protest at" adjunct in holds-a-reason.ts, which would keep the answer without the purpose reader);
    // the chairman's reported grounds in the act's paragraph (R60-2).
    const purpose = 'Okoro-Vane left the firm last month to run a rival boatyard in Cork.';
    expect(answerQuestion(story(purpose), QUESTION).answer).toContain('to run a rival boatyard');
    const grounds = 'The chairman, Piers Lomax, said she had lost the confidence of the board.';
    const reply = answerQuestion(story(`Okoro-Vane left the firm in October. ${grounds}`), QUESTION);
    expect(reply.answer).toContain(grounds);
  });

  it("does not read a party's promise after the act as its grounds (control)", () => {
    const promise = 'Okoro-Vane left the firm in October. The chairman, Piers Lomax, said she would be missed.';
    expect(answerQuestion(story(promise), QUESTION)).toMatchObject({ answer: null, reason: NO_REASON_GIVEN });
  });

  it("cites the actor's own quoted words beside the act (control)", () => {
    const act = '"I could not defend the accounts any longer," said Okoro-Vane, who left the firm in October.';
    expect(answerQuestion(story(act), QUESTION).answer).toContain('I could not defend the accounts');
  });

  it('keeps a purpose infinitive in the act sentence ("… to save fuel", review 60 R60-1)', () => {
    // "last May", not "in May": "in May to" would pass as an adjunct of grounds (holds-a-reason.ts) without the reader.
    const a = analyzeArticle(
      'Depot shut\n\nThe Quarrow bus company closed its Hulme depot last May to save fuel.\n\nDrivers moved to Salton.',
    );
    expect(answerQuestion(a, 'Why did the bus company close the depot?').answer).toContain('to save fuel');
  });

  it('does not read an infinitive the act governs as a purpose ("agreed to sell")', () => {
    const a = analyzeArticle(
      'Depot sold\n\nThe Quarrow bus company agreed to sell its Hulme depot in May.\n\nDrivers moved to Salton.',
    );
    expect(answerQuestion(a, 'Why did the bus company sell the depot?')).toMatchObject({
      answer: null,
      reason: NO_REASON_GIVEN,
    });
  });

  it("cites the next one-sentence paragraph's stated grounds with no cue word (review 60 R60-2)", () => {
    const a = analyzeArticle(
      'Ferry pulled\n\nCorlan Ferries withdrew the Brisk from service on Monday.\n\nEngineers said a propeller shaft had cracked.',
    );
    expect(answerQuestion(a, 'Why did Corlan Ferries withdraw the Brisk?').answer).toContain(
      'propeller shaft had cracked',
    );
  });
});
