import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { firstCited } from '../support/count-answers';

/** The reply when the copy names no one in the asked role. */
const NO_WHO = { answer: null, reason: expect.stringMatching(/does not say who/) };

// Audit 50's B-a50-8: "who might buy the power-management unit?" cited the sentence naming the company selling it.
// A sentence saying only the asked act's converse (sell for buy, lose for win) names the other side of it, not the
// party the question asks for. Composed copy.
const sale = analyzeArticle(`Tarnwell to sell its drone division

By Ola Brandt

Tarnwell Systems plans to sell its drone division by the end of the year, two people familiar with the talks said.

The division makes survey drones for farms and employs about 300 people in Hexley.

Tarnwell's shares rose 4% on the report.
`);
const plans =
  'Tarnwell Systems plans to sell its drone division by the end of the year, two people familiar with the talks said.';

describe('a who-question over a sentence saying only the converse act', () => {
  it('the seller is no buyer: the article does not say who', () => {
    for (const question of ['Who might buy the drone division?', 'Who will buy Tarnwell’s drone division?']) {
      expect(answerQuestion(sale, question)).toMatchObject(NO_WHO);
    }
  });

  it('the act named as a noun ("exploring a sale") is the same other side', () => {
    const exploring = analyzeArticle(`Brackley weighs sale of its rail signalling arm

Brackley Industries is exploring a sale of its rail signalling arm, according to people familiar with the matter.

The arm had revenue of £210m last year.
`);
    expect(answerQuestion(exploring, 'Who might buy the rail signalling arm?')).toMatchObject(NO_WHO);
  });

  it('control: the party the question asks for, the seller, is cited', () => {
    expect(firstCited(sale, 'Who is selling the drone division?')).toBe(plans);
  });
});

const sold = analyzeArticle(`Tarnwell sells its drone division

By Ola Brandt

Tarnwell Systems has sold its drone division to Corriby Aviation for an undisclosed sum, the companies said on Monday.

The division makes survey drones for farms and employs about 300 people in Hexley.
`);

describe('the converse act naming the other side', () => {
  it('control: "sold … to Corriby" names the buyer, and is cited', () => {
    expect(firstCited(sold, 'Who bought the drone division?')).toBe(
      'Tarnwell Systems has sold its drone division to Corriby Aviation for an undisclosed sum, the companies said on Monday.',
    );
  });
});

// The same question over the act said only in the passive, with no "by": "was leaked" leaves the leaker out.
const leak = analyzeArticle(`Harbour plan memo leaked

By Ola Brandt

A draft memo on the Kessock harbour plan was leaked to the Highland Courier on Friday, council officers said.

The memo puts the cost of the new breakwater at £18m.

Councillor Ewan Rudd said the leak was "deeply regrettable".
`);

describe('a who-question over the act said without its doer', () => {
  it('"was leaked to the Courier" does not say who leaked it', () => {
    expect(answerQuestion(leak, 'Who leaked the harbour plan memo?')).toMatchObject(NO_WHO);
  });

  it('control: the passive with its "by" phrase names the doer, and is cited', () => {
    const named = analyzeArticle(`Harbour plan memo leaked

A draft memo on the Kessock harbour plan was leaked to the Highland Courier on Friday by a council planning officer.

The memo puts the cost of the new breakwater at £18m.
`);
    expect(firstCited(named, 'Who leaked the harbour plan memo?')).toBe(
      'A draft memo on the Kessock harbour plan was leaked to the Highland Courier on Friday by a council planning officer.',
    );
  });
});

// A question itself in the passive asks for the one acted on, whom a passive sentence names. Composed copy.
const arrests = analyzeArticle(`Two held after harbour break-in

A man was arrested on Friday after a break-in at the Kessock harbour office, police said.

A second man, Dan Orr, 34, was arrested on Saturday.

Officers said the office was empty at the time.
`);

describe('a who-question in the passive', () => {
  it('control: "who was arrested on Saturday?" cites the one arrested', () => {
    expect(firstCited(arrests, 'Who was arrested on Saturday?')).toBe(
      'A second man, Dan Orr, 34, was arrested on Saturday.',
    );
  });
});

// Another antonym pair, as WordNet gives it: lose for win. Composed copy.
const byElection = analyzeArticle(`Labour loses Fenmoor seat

Labour lost the Fenmoor council seat it had held for 40 years in Thursday's by-election, the county returning officer said.

Turnout was 31%, down from 44% at the last election.
`);
const lostTo = analyzeArticle(`Labour loses Fenmoor seat

Labour lost the Fenmoor council seat to the Greens in Thursday's by-election, the county returning officer said.

Turnout was 31%, down from 44% at the last election.
`);

describe('the loser for "who won?"', () => {
  it('"Labour lost the seat" does not say who won it', () => {
    expect(answerQuestion(byElection, 'Who won the Fenmoor council seat?')).toMatchObject(NO_WHO);
  });

  it('control: "lost the seat to the Greens" names the winner, and is cited', () => {
    expect(firstCited(lostTo, 'Who won the Fenmoor council seat?')).toBe(
      "Labour lost the Fenmoor council seat to the Greens in Thursday's by-election, the county returning officer said.",
    );
  });
});
