import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
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

describe("the actor's grounds after the act", () => {
  it('cites "She considers …" first for why Ferrant will abstain', () => {
    const reply = answerQuestion(story(GROUNDS), 'Why will Ferrant abstain from the vote?');
    expect(reply.answer?.startsWith('She considers')).toBe(true);
  });

  it('leaves a next sentence of another kind of verb alone (control)', () => {
    const reply = answerQuestion(
      story('She sits on the harbour committee and chairs its finance panel.'),
      'Why will Ferrant abstain from the vote?',
    );
    // The act alone gives no reason either, so the article says it gives none (why-reason-first.ts).
    expect(reply).toMatchObject({ answer: null, reason: NO_REASON_GIVEN });
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
  const ask = (next: string, act?: string, question = 'Why will Ferrant abstain from the vote?') =>
    answerQuestion(story(next, act), question).answer ?? '';

  it("leaves a man's view after a woman's act, and one after another body's report, out", () => {
    const act =
      "Councillor Nia Ferrant will abstain from Thursday's vote on the Kelsby marina lease after meeting its backer, Paul Hendry.";
    expect(ask("He believes the lease is the harbour's best hope.", act)).toMatch(/^Councillor Nia Ferrant/);
    const body = 'Kelsby Boatworks will leave the marina in June, the harbour trust said.';
    const theirs = ask(
      'They accept that the rents have doubled but want the moorings kept.',
      body,
      'Why will Kelsby Boatworks leave the marina?',
    );
    // With no reason beside the act, the article says it gives none (why-reason-first.ts).
    expect(theirs).toBe('');
  });

  it('leaves a verb of thinking without a judgement after it out ("She studied …")', () => {
    expect(ask('She studied marine law in Cork and joined the council in 2018.')).toBe('');
  });

  it('control: her own judgement, a clause after "believes", is still cited first', () => {
    expect(ask('She believes the lease has been rushed through without a survey.')).toMatch(/^She believes/);
  });
});
