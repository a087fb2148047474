import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { firstCited } from '../support/count-answers';

// Review 47's B-r47-15: "since when does Rona Kell chair the show committee?" was answered by a sentence whose only
// date is another act's, in a relative clause ("who has farmed at Tarn End since 1987"). A time answers only when it
// stands outside such a clause, as a place does for "where" (answer-place-clause.ts). Invented copy.
const CHAIR = 'Rona Kell, who has farmed at Tarn End since 1987, chairs the show committee and runs the village shop.';
const story = (more = '') =>
  analyzeArticle(`Show committee plans August show

${CHAIR}

The show will be held in August on the Tarn End field.

Last week, the committee approved a new date for the sheep sale.

The sale is run by Ivo Penn, who judged the ewes for years before setting up the sale in 2016.
${more}`);

it('a date in a relative clause of another verb does not date the asked act', () => {
  const analysis = story();
  const result = answerQuestion(analysis, 'since when does Rona Kell chair the show committee?');
  expect(result).toMatchObject({
    answer: null,
    reason: 'The article dates something else in that sentence, not this.',
  });
  const nearest = 'nearestId' in result ? result.nearestId : undefined;
  expect(analysis.sentences.find((s) => s.id === nearest)?.text).toBe(CHAIR);
});

it('control: a sentence dating the asked act itself answers', () => {
  const dated = story('\nRona Kell has chaired the show committee since 2019, when the last chair retired.\n');
  expect(firstCited(dated, 'Since when has Rona Kell chaired the show committee?')).toBe(
    'Rona Kell has chaired the show committee since 2019, when the last chair retired.',
  );
});

it('control: the relative clause dates its own verb', () => {
  expect(firstCited(story(), 'since when has Rona Kell farmed at Tarn End?')).toBe(CHAIR);
});

it('control: a time in a part of its own before the clause dates it', () => {
  expect(firstCited(story(), 'When did the committee approve a new date for the sheep sale?')).toBe(
    'Last week, the committee approved a new date for the sheep sale.',
  );
});

it('control: a phrasal verb in the relative clause ("setting up") is the asked act, dated there', () => {
  expect(firstCited(story(), 'When did Ivo Penn set up the sale?')).toBe(
    'The sale is run by Ivo Penn, who judged the ewes for years before setting up the sale in 2016.',
  );
});

// Review 48's B-r48-3: a "where"/"which" clause on the act's venue or doer dates the act itself; only a clause on a
// person is set aside. Invented copy: a parish library.
const AGREED =
  'The library refit was agreed at a crowded parish meeting in the school hall, where trustees voted six to one on Thursday evening.';
const FUNDED = 'The footbridge repairs were funded by the canal trust, which met until late on Wednesday.';
const OPENED = 'The reading room was opened by Mara Quill, who has led the village choir since 2004.';
const library = analyzeArticle(`Library refit gets go-ahead

${AGREED}

${FUNDED}

${OPENED}

Building work is expected to take eight weeks, the trustees said.
`);

it('a "where" clause on the venue of the act dates the act', () => {
  const result = answerQuestion(library, 'When was the library refit agreed?');
  expect(result.answer).not.toBeNull();
  expect(firstCited(library, 'When was the library refit agreed?')).toBe(AGREED);
});

it('a "which" clause on the doer of the act dates the act', () => {
  const result = answerQuestion(library, 'When were the footbridge repairs funded?');
  expect(result.answer).not.toBeNull();
  expect(firstCited(library, 'When were the footbridge repairs funded?')).toBe(FUNDED);
});

it('control: a "who" clause on a person still dates another act', () => {
  expect(answerQuestion(library, 'When was the reading room opened?')).toMatchObject({
    answer: null,
    reason: 'The article dates something else in that sentence, not this.',
  });
});

// Audit 49's B-a49-12: a "which" clause on the asked act's object dates the thing acted on, not the act; one on the
// venue or the doer still dates the act (B-r48-3 above). Invented copy: a marina plan.
const DRAWN = 'Tarbet council endorsed the marina scheme, which was first sketched out in 2017.';
const PASSIVE = 'The slipway design, which was first costed in 2016, was endorsed by the trust.';
const VENUE = 'The pontoon lease was endorsed at a council meeting, which ran late on Monday evening.';
const DOER = 'The harbour board, which met on Tuesday, endorsed the fuel berth plan.';
const marina = analyzeArticle(`Marina scheme endorsed

${DRAWN}

${PASSIVE}

${VENUE}

${DOER}

Boat owners said the work could take two years.
`);

it('a "which" clause on the asked act\'s object does not date the act', () => {
  expect(answerQuestion(marina, 'When did the council endorse the marina scheme?')).toMatchObject({
    answer: null,
    reason: 'The article dates something else in that sentence, not this.',
  });
});

it("nor does one on a passive verb's subject, the thing acted on", () => {
  expect(answerQuestion(marina, 'When was the slipway design endorsed?')).toMatchObject({
    answer: null,
    reason: 'The article dates something else in that sentence, not this.',
  });
});

it('control: a "which" clause on the venue still dates the act', () => {
  expect(firstCited(marina, 'When was the pontoon lease endorsed?')).toBe(VENUE);
});

it('control: a "which" clause on the doer still dates the act', () => {
  expect(firstCited(marina, 'When did the harbour board endorse the fuel berth plan?')).toBe(DOER);
});
