import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { pastCap } from './past-cap';

/**
 * The shapes hand-read sample 42 found (docs/hand-read-questions.md, "Sample 42", engine 66), each in copy written for
 * the test, with a near control that must not change. Each case failed on main's head `33fb66e7`.
 */
const questionsOf = (body: string): string[] =>
  analyzeArticle(`Harbour news in brief\n\n${body}`).questions.map((q) => q.text);

describe('a doubt is asked as a doubt, not as the doubter’s claim (#39)', () => {
  it('"expressed doubt that X" asks whether they are right to doubt X', () => {
    const qs = questionsOf('The White House expressed doubt that the ferry company had the money to build a new pier.');
    // Was "Is the White House right that the ferry company had the money to build a new pier?": the reverse of it.
    expect(qs).toContain('Is the White House right to doubt that the ferry company had the money to build a new pier?');
    expect(qs.join(' ')).not.toMatch(/right that the ferry company/);
  });

  it('control: "expressed concern that X" is shown as before, and a doubt with no that-clause asks nothing', () => {
    const concern = 'The White House expressed concern that the ferry company had the money to build a new pier.';
    expect(questionsOf(concern)).toContain(`Disputed: “${concern}”`);
    const about = 'The White House expressed doubts about the ferry company’s plan to build a new pier.';
    expect(questionsOf(about)).toContain(`Disputed: “${about}”`);
  });
});

describe('a claim noun’s relative "that" whose verb checks the claim is no claim (#49)', () => {
  it('"claims that the audit could not corroborate" is shown, not asked "Is it true that the audit could not corroborate?"', () => {
    const body =
      'The harbour master has long maintained that she followed the port’s rules, claims that the board’s audit could not corroborate.';
    const qs = questionsOf(body);
    expect(qs.join(' ')).not.toMatch(/that the board’s audit could not corroborate\?/);
    expect(qs).toContain(`Unverified: “${body}”`);
  });

  it('the verification template too ("Can the claim that the audit could not verify be independently verified?")', () => {
    const qs = questionsOf(
      'The harbour master has long maintained that she followed the port’s rules, claims that the board’s audit could not verify.',
    );
    expect(qs.join(' ')).not.toMatch(/could not verify be independently verified/);
  });

  it('control: a claim with its own object is still asked', () => {
    expect(
      questionsOf(
        'The harbour master has long maintained that she followed the port’s rules, claims that the board’s audit was flawed from the start.',
      ),
    ).toContain('Is it true that the board’s audit was flawed from the start?');
    expect(
      questionsOf(
        'The harbour master claims that the board’s audit had found no fault with the accounts. The Courier has not independently verified the claims.',
      ),
    ).toContain(
      "Can the harbour master's claim that the board’s audit had found no fault with the accounts be independently verified?",
    );
  });
});

describe('a long passage is not cut before its main clause (#33, #46)', () => {
  it('a main clause on a contracted subject ("…, there’s a sense …") is the claim, not the fronted clause', () => {
    const qs = questionsOf(
      'Because exit polls in Dover and Hull indicated that the mayor was strongly supported by early deciders among the harbour workers and the ferry crews, there’s a sense among some that she might be winning them in Leeds – especially because polls in the city she calls a second home show her with a big lead.',
    );
    // Was cut at "… and the ferry crews …", before the main clause.
    expect(qs.join(' ')).toMatch(/there’s a sense among some that she might be winning them in Leeds/);
  });

  it('control: the same with "there is" spelt out was already shown to its main clause', () => {
    const qs = questionsOf(
      'Because exit polls in Dover and Hull indicated that the mayor was strongly supported by early deciders among the harbour workers and the ferry crews, there is a sense among some that she might be winning them in Leeds – especially because polls in the city she calls a second home show her with a big lead.',
    );
    expect(qs.join(' ')).toMatch(/there is a sense among some that she might be winning them in Leeds/);
  });

  it('a fronted participle phrase ("Courted by …, Ellen Marsh said …") keeps the main clause', () => {
    const qs = questionsOf(
      'Courted by most of the harbour board’s members and widely expected to be the port’s top donor in the November 2016 council election, Ellen Marsh said earlier on Friday during a news conference that she may wait until February’s vote to decide who to back.',
    );
    // Was “Courted by … council election …”, says Ellen Marsh: her name on the writer's description of her.
    expect(qs.join(' ')).toMatch(/Ellen Marsh said earlier on Friday during a news conference that she may wait/);
  });

  it('control: a fronted prepositional phrase was already read as fronted', () => {
    const qs = questionsOf(
      'In a long speech to most of the harbour board’s members and to the port’s top donors ahead of the November 2016 council election, Ellen Marsh said earlier on Friday during a news conference that she may wait until February’s vote to decide who to back.',
    );
    expect(qs.join(' ')).toMatch(/Ellen Marsh said earlier on Friday during a news conference that she may wait/);
  });
});

describe('a passage is not cut at the commas of a clause that interrupts subject and verb (#29)', () => {
  it('", if …, would have time …" keeps the verb the if-clause interrupts', () => {
    const qs = questionsOf(
      "Several harbour pilots expressed skepticism that the ferry company, if it received the council's berth plan five or six weeks ago, would have time to train the crews who are not currently licensed to sail into its various routes and timetables in time to be useful for next month's festivals in Dover, Hull, Leeds and York.",
    );
    // Was cut at "… five or six weeks ago …", before "would have time".
    expect(qs.join(' ')).toMatch(/five or six weeks ago, would have time to train the crews/);
  });

  it('control: an if-clause after the clause’s verb, followed by "and", is still a place to cut', () => {
    const qs = questionsOf(
      pastCap(
        "Several harbour pilots warned that the ferry company had received the council's berth plan in the spring and had never trained its crews for the new routes, if the company's own figures are right, and the council expects the ferries to sail into the new berths in time for next month's festivals along the coast, according to union officials.",
      ),
    );
    expect(qs.join(' ')).toMatch(/if the company's own figures are right …”/);
  });
});
