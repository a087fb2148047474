import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { pastCap } from './past-cap';

/**
 * The shapes session 37's sample 34 fixed by construction (docs/hand-read-questions.md, "Sample 34", #44) and the
 * review's B-main-86 (a party's one-word name before a people noun; the copy's own lower-case use of a word), on
 * copy written for the test in more than one house style.
 */

function textsOf(body: string, lead = 'The board met on Tuesday.'): string[] {
  return analyzeArticle(`Local news in brief\n\n${lead} ${body}`).questions.map((q) => q.text);
}

describe('an adverb before the modal is no part of the subject (sample 34 #44)', () => {
  it.each([
    // US copy: "still must" (yet to), the "still" left out of "Will …?".
    [
      'The zoning measure still must clear a committee vote in the Assembly and has yet to reach the governor.',
      'Will the zoning measure clear a committee vote in the Assembly?',
    ],
    // British copy: "also will".
    [
      'The council also will review the parking charges in March.',
      'Will the council review the parking charges in March?',
    ],
  ])('%s', (sentence, question) => {
    expect(textsOf(sentence)).toContain(question);
  });

  it('control: an adverb after the modal was already dropped, and a plain modal is asked as before', () => {
    expect(textsOf('The council will also review the parking charges in March.')).toContain(
      'Will the council review the parking charges in March?',
    );
    expect(textsOf('The harbour trust is due to publish its accounts in June.')).toContain(
      'Will the harbour trust publish its accounts in June?',
    );
  });
});

describe("a party's one-word name before a people noun keeps its capital (review s36 B-main-86)", () => {
  it.each([
    // British copy, the only sentence naming the party; the copy's "labour costs" is the common noun's, not the party's.
    [
      'Labour councillors will vote against the budget on Thursday.',
      'Will Labour councillors vote against the budget on Thursday?',
      'The meeting was held on Monday.',
    ],
    [
      'Labour councillors will vote against the budget on Thursday.',
      'Will Labour councillors vote against the budget on Thursday?',
      'Rising labour costs were discussed on Monday.',
    ],
    [
      'Green councillors are due to table an amendment next week.',
      'Will Green councillors table an amendment next week?',
      'The council wants more green spaces in the town centre.',
    ],
    // US copy.
    [
      'Communist officials will visit the port next month.',
      'Will Communist officials visit the port next month?',
      'The delegation arrived on Monday.',
    ],
  ])('%s', (sentence, question, lead) => {
    expect(textsOf(sentence, lead)).toContain(question);
  });

  it.each([
    // Control: the same words before a thing, not people, are the common noun's.
    ['Labour costs will rise by a fifth next year.', 'Will labour costs rise by a fifth next year?'],
    ['Green energy firms will bid for the contract in June.', 'Will green energy firms bid for the contract in June?'],
    // Control: "labor leaders" in US copy are a union's; WordNet's party is "Labour".
    [
      'Labor leaders will rally outside the statehouse on Monday.',
      'Will labor leaders rally outside the statehouse on Monday?',
    ],
    // Control: a body's type noun and a common plural stay lowered.
    [
      'Union leaders will ballot members over the pay offer next month.',
      'Will union leaders ballot members over the pay offer next month?',
    ],
    ['Parish councillors will vote on the plan next week.', 'Will parish councillors vote on the plan next week?'],
  ])('control: %s', (sentence, question) => {
    expect(textsOf(sentence)).toContain(question);
  });
});

describe("the copy's own lower-case use of a word lowers its opening capital (review s36 B-main-86)", () => {
  it.each([
    // British copy: "fish" written lower case elsewhere; the "-ish" ending is no nationality here.
    [
      'Fish farmers will be compensated for the lost stock in May.',
      'Will fish farmers be compensated for the lost stock in May?',
      'Prices at the fish market fell on Monday.',
    ],
    // US copy: "kiwi" the fruit, lower case in the copy.
    [
      'Kiwi growers will meet the state agriculture secretary on Tuesday.',
      'Will kiwi growers meet the state agriculture secretary on Tuesday?',
      'Growers said the kiwi harvest was poor this fall.',
    ],
  ])('%s', (sentence, question, lead) => {
    expect(textsOf(sentence, lead)).toContain(question);
  });

  it.each([
    // Control: a nationality the copy never writes lower case keeps its capital.
    [
      'Polish officials will meet their German counterparts on Friday.',
      'Will Polish officials meet their German counterparts on Friday?',
    ],
    [
      'Swedish investigators are due to publish their report in March.',
      'Will Swedish investigators publish their report in March?',
    ],
  ])('control: %s', (sentence, question) => {
    expect(textsOf(sentence)).toContain(question);
  });

  it('control: a capital the copy writes mid-sentence wins over its lower-case use', () => {
    expect(
      textsOf(
        'Polish officials will meet their German counterparts on Friday.',
        'Workers polish the brass. The talks with Polish diplomats began on Monday.',
      ),
    ).toContain('Will Polish officials meet their German counterparts on Friday?');
  });
});

describe('a flagged passage is not cut at a comma inside a short list (sample 34 #43)', () => {
  it.each([
    // British copy.
    [
      'But as more families arrive at the border in search of work, the county is planning to expand the scheme to allow cousins, grandparents and family friends to apply for the housing grant as well ― as long as they are sponsoring children approved under the current rules, officials announced.',
      'to allow cousins, grandparents and family friends to apply for the housing grant',
    ],
    // US copy.
    [
      'But as enrollment keeps climbing across the district this fall, the school board is planning to widen the policy to let aunts, stepparents and older siblings to sign students out early as well ― as long as they carry a permission slip signed by a parent, the superintendent announced.',
      'to let aunts, stepparents and older siblings to sign students out early',
    ],
  ])('%s', (sentence, kept) => {
    expect(textsOf(sentence).some((q) => q.includes(kept))).toBe(true);
  });

  it('control: an apposition after a name ends the passage at its comma as before', () => {
    expect(
      textsOf(
        pastCap(
          "The county's roads remained the worst maintained in the region based on repair records this year, while the city's bus network overtook the suburbs' as the least reliable one, according to an analysis by Mira Okonjo, a statistics lecturer and transport adviser at the university.",
        ),
      ),
    ).toContain(
      "Unverified: “The county's roads remained the worst maintained in the region based on repair records this year, while the city's bus network overtook the suburbs' as the least reliable one, according to an analysis by Mira Okonjo …”",
    );
  });
});
