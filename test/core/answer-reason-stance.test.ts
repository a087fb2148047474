import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { stanceReasonNext } from '../../src/core/answer-reason-stance';
import { questionTerms } from '../../src/core/answer-terms';
import { NO_REASON_GIVEN } from '../../src/core/why-reason-first';

// Issue 12 (audit 52's B-a52-5): a why-answer's sentence reporting the act gives no reason; the actor's own grounds
// follow in the next sentence, opened by a pronoun and a verb of thinking (WordNet's verb.cognition). Composed copy.
const story = (
  next: string,
  act = "Councillor Nia Ferrant will abstain from Thursday's vote on the Kelsby marina lease.",
) =>
  analyzeArticle(
    [
      'Marina lease vote',
      `${act} ${next}`,
      'The council leader, Owen Tribe, backs the lease. Officials said the vote would go ahead as planned.',
    ].join('\n\n'),
  );
const GROUNDS = 'She considers the lease terms unfair to the fishing co-operative and views the developer as untested.';
const FERRANT = 'Why will Ferrant abstain from the vote?';
/** The reader itself, on the act (sentence 0): the next sentence's index when it is the actor's grounds. */
const grounds = (next: string, act?: string, question = FERRANT) =>
  stanceReasonNext(story(next, act), 0, questionTerms(question, 'reason'));

describe("the actor's grounds after the act", () => {
  it('cites "She considers …" first for why Ferrant will abstain', () => {
    const reply = answerQuestion(story(GROUNDS), 'Why will Ferrant abstain from the vote?');
    expect(reply.answer?.startsWith('She considers')).toBe(true);
  });

  it('leaves a next sentence of another kind of verb alone (control)', () => {
    const next = 'She sits on the harbour committee and chairs its finance panel.';
    expect(grounds(next)).toBeUndefined();
    // A verb of thinking later in it is the committee's, not her grounds: the sentence must open with one.
    expect(grounds('She sits on the harbour committee, which believes the lease is sound.')).toBeUndefined();
    expect(grounds(GROUNDS)).toBe(1);
    // The act alone gives no reason either, so the article says it gives none (why-reason-first.ts).
    expect(answerQuestion(story(next), FERRANT)).toMatchObject({ answer: null, reason: NO_REASON_GIVEN });
  });

  it('keeps an act sentence that gives its own reason first (control)', () => {
    const act =
      "Councillor Nia Ferrant will abstain from Thursday's vote because her brother owns a berth at the marina.";
    const reply = answerQuestion(story(GROUNDS, act), 'Why will Ferrant abstain from the vote?');
    expect(reply.answer?.startsWith('Councillor Nia Ferrant will abstain')).toBe(true);
  });
});

// Review 53 (B-r53-3, B-r53-4): the next sentence is the actor's grounds only when its pronoun can only be the asked
// actor, and its verb of thinking takes a judgement (not "studied accountancy"). Composed copy.
describe("someone else's view, or no judgement, is no reason", () => {
  const ask = (next: string, act?: string, question = FERRANT) =>
    answerQuestion(story(next, act), question).answer ?? '';

  it("leaves a man's view after a woman's act, and one after another body's report, out", () => {
    const act =
      "Councillor Nia Ferrant will abstain from Thursday's vote on the Kelsby marina lease after meeting its backer, Paul Hendry.";
    const his = "He believes the lease is the harbour's best hope.";
    expect(grounds(his, act)).toBeUndefined();
    expect(ask(his, act)).toMatch(/^Councillor Nia Ferrant/);
    const body = 'Kelsby Boatworks will leave the marina in June, the harbour trust said.';
    const view = 'They accept that the rents have doubled but want the moorings kept.';
    const question = 'Why will Kelsby Boatworks leave the marina?';
    expect(grounds(view, body, question)).toBeUndefined();
    // Whatever why-reason-first.ts then makes of the act, the trust's view is not cited as the reason.
    expect(ask(view, body, question)).not.toContain('They accept');
  });

  it('leaves a verb of thinking without a judgement after it out ("She studied …")', () => {
    const studied = 'She studied marine law in Cork and joined the council in 2018.';
    expect(grounds(studied)).toBeUndefined();
    expect(ask(studied)).not.toContain('She studied');
  });

  it('control: her own judgement, a clause after "believes", is still cited first', () => {
    const believes = 'She believes the lease has been rushed through without a survey.';
    expect(grounds(believes)).toBe(1);
    expect(ask(believes)).toMatch(/^She believes/);
  });
});
