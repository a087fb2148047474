import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { decisionAgent } from '../../src/core/decision-agent';
import { passageHead } from '../../src/core/passage-head';
import { storyTimePlan } from '../../src/core/story-time-plan';

/**
 * Shapes hand-read sample 52 found (docs/hand-read-questions/057-sample-52.md, main's head `f73d8be0`), in copy written
 * for the test, with near controls that must not change. Each first case failed on `f73d8be0`.
 */

/** The questions of a short invented story whose second paragraph is `paragraph`. */
const asked = (paragraph: string) =>
  analyzeArticle(
    `Harbour row deepens.\n\nThe harbour board met on Monday to discuss the dredging contract.\n\n${paragraph}\n\nThe board will vote again in March.`,
  ).questions;

/** The speaker of the quotation in a short invented story. */
const speakerOf = (story: string, quoted: string): string | null | undefined =>
  analyzeArticle(`Harbour row deepens.\n\n${story}`).quotes.find((q) => q.text.includes(quoted))?.speaker;

describe('a "he" goes on from the sentence\'s subject, not a relative clause\'s speaker (#29)', () => {
  it('"X refrained from attacking his rivals, particularly Y and Z, who say …. He dismissed …" is X\'s', () => {
    expect(
      speakerOf(
        'Mayor John Okafor took questions on Monday. Speaking to local radio, Okafor refrained from attacking his rivals, particularly councillors Tomas Reyes and Ben Adair, who say the mayor lacks the experience to run the port. He dismissed criticism of his budget, saying it was “our best year for the harbour, whatever people want to say.”',
        'best year for the harbour',
      ),
    ).toBe('John Okafor');
  });
  it('control: the relative clause\'s speaker with no other subject beside it keeps the "he"', () => {
    expect(
      speakerOf(
        'The plan drew fire on Monday from councillor Tomas Reyes, who says the mayor lacks the experience to run the port. He added: “The harbour deserves better than this budget.”',
        'deserves better',
      ),
    ).toBe('Tomas Reyes');
  });
  it('control: an inverted tag\'s speaker keeps the "he" past a relative clause that is no speech', () => {
    expect(
      speakerOf(
        '“The new dredging plan is a bold step for the port,” said Ian Bell, who chaired the harbour board from 2010 to 2013, and as such hired Mr. Okafor four years ago. He called the plan “a necessary one and an urgent one.”',
        'necessary one',
      ),
    ).toBe('Ian Bell');
  });
  it('control: a speaker who is the sentence\'s subject keeps the "he"', () => {
    expect(
      speakerOf(
        'Councillor Tomas Reyes said on Monday that Mayor John Okafor lacks the experience to run the port. He added: “The harbour deserves better than this budget.”',
        'deserves better',
      ),
    ).toBe('Tomas Reyes');
  });
});

describe('"a decision by" a person names who decided, not a deadline (#15)', () => {
  const at = (text: string) => decisionAgent(text, text.indexOf('decision by'), 'decision by');
  it.each([
    'At the root of the feud, according to Ann Bell, was a decision by Mr. Okafor that he needed to keep the unions at a distance.',
    'The strike followed a decision by the chairman to close the dock.',
    'Dockers were angered by a decision by the port’s new owners to cut shifts.',
  ])('an agent: %s', (text) => {
    expect(at(text)).toBe(true);
  });
  it.each([
    'The board is expected to reach a decision by Friday.',
    'A decision by the end of the month is likely.',
    'Unions want a decision by March.',
    'They pressed for a decision by early next week on the contract.',
  ])('control, a deadline: %s', (text) => {
    expect(at(text)).toBe(false);
  });
  it('the account of a past decision is not asked as pending', () => {
    const questions = asked(
      'At the root of the feud, according to Ann Bell, a former harbour master, was a decision by Mr. Okafor that he needed to keep the unions at a distance.',
    );
    expect(questions.some((q) => q.kind === 'pending' && /decision by Mr\. Okafor/.test(q.text))).toBe(false);
    // Nor is the source's apposition, left before the inverted verb, asked as the claim's subject.
    expect(questions.some((q) => /confirm that a former harbour master, was/.test(q.text))).toBe(false);
  });
  it('control: an inverted sentence with a source and no apposition is shown as before', () => {
    const questions = asked(
      'At the root of the feud, according to Ann Bell, was the mayor’s refusal to keep the unions at a distance.',
    );
    expect(questions.map((q) => q.text)).toContain(
      'Unverified: “At the root of the feud, according to Ann Bell, was the mayor’s refusal to keep the unions at a distance.”',
    );
  });
});

describe('a plan the story dates by its own past moments is not pending (#49)', () => {
  const at = (text: string, match: string) => storyTimePlan(text, text.indexOf(match), match);
  it.each([
    ['He was showing me the route for a trip that he planned to make the following morning.', 'planned to'],
    ['She vowed to return later that day with the documents.', 'vowed to'],
    ['The skipper intended to sail the next day.', 'intended to'],
  ])('told: %s', (text, match) => {
    expect(at(text, match)).toBe(true);
  });
  it.each([
    // The calendar's date may be to come; a present plan is one still open.
    ['He planned to vote on Friday.', 'planned to'],
    ['She plans to leave the next day.', 'plans to'],
    // The story's time is another clause's.
    ['He planned to sail, but the following morning the storm came.', 'planned to'],
  ])('control: %s', (text, match) => {
    expect(at(text, match)).toBe(false);
  });
  it('the scene is not asked as a pending plan', () => {
    const questions = asked(
      'Okafor had spread a chart on the table, and he was showing me the route for a voyage that he planned to make the following morning.',
    );
    expect(questions.some((q) => q.kind === 'pending' && /the following morning/.test(q.text))).toBe(false);
  });
});

describe('a run-on ending a clause past the cap is shown whole (#9)', () => {
  // 40 words of lead-in, a name past the budget, then the claim's verb and its object.
  const lead =
    'A bitter fight has broken out inside the harbour board, only days before a crucial vote on the dredging contract, as the head of its finance committee has accused the chairman of a serious breach of trust in trying';
  it('a 68-word sentence keeps the object of its last verb', () => {
    const words =
      `${lead} to block a change that Ann Bell said would make it much harder to reopen the whole dredging contract at a special meeting this summer.`.split(
        ' ',
      );
    expect(words.length).toBeGreaterThan(60);
    expect(words.length).toBeLessThanOrEqual(70);
    expect(passageHead(words, 0, 40, 5)).toBe(words.join(' '));
  });
  it('control: a sentence running far past the cap is still cut', () => {
    const words =
      `${lead} to block a change that Ann Bell said would make it much harder to reopen the whole dredging contract at a special meeting this summer, when the members who backed the first bid will be gone and the unions will have a say.`.split(
        ' ',
      );
    expect(words.length).toBeGreaterThan(70);
    expect(passageHead(words, 0, 40, 5).endsWith(' …')).toBe(true);
  });
});
