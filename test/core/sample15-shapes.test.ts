import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { challenge } from '../../src/core/challenge-question';
import { accusation } from '../../src/core/charge-questions';
import { findOpenQuestions } from '../../src/core/find-open-questions';
import { headlineCheck } from '../../src/core/headline-check';
import type { PhraseContext } from '../../src/core/phrase-question';
import { planQuestion } from '../../src/core/plan-questions';
import { cutClause } from '../../src/core/question-clauses';
import { singleSource } from '../../src/core/single-source';
import { isCleanQuestion } from '../../src/core/vet-question';
import { withActor } from '../../src/core/with-actor';
import { questionInputOf } from '../support/question-input-of';
import { questionsOf } from '../support/questions-of';

/**
 * The shapes hand-read sample 15 found (docs/hand-read-questions.md, "Classes sample 15 shows", engine 32), each
 * in copy written for the test, two sentences of the shape or more: grammatical by construction, the right
 * person, and no question the copy already answers.
 */

function context(text: string, extra: Partial<PhraseContext> = {}): PhraseContext {
  return { text, actor: null, mainActor: null, properWords: new Set(), ...extra };
}

function sentencesOf(texts: string[]): { title: string; sentences: ReturnType<typeof analyzeArticle>['sentences'] } {
  const analysis = analyzeArticle(['Heading', '', ...texts.flatMap((t) => [t, ''])].join('\n'));
  return { title: analysis.title, sentences: analysis.sentences };
}

describe('a clause is never cut inside a run of coordinated words (#31)', () => {
  it.each([
    [
      'Over the past decade the harbour has drawn bloggers, podcasters and local activists who fund, stage and publicise such noisy protests as the pier sit-in and the ferry strike.',
      /\bwho fund$/,
    ],
    [
      'The new council counts traders, fishermen, hoteliers and campaigners among its members who back, finance or promote the long-delayed plans for a second ferry terminal at the harbour.',
      /\bwho back$/,
    ],
  ])('keeps the shared object or shows the cut: %s', (sentence, stranded) => {
    const cut = cutClause(sentence, 22);
    expect(cut).not.toMatch(stranded);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('still ends a long clause at a comma that closes it', () => {
    const cut = cutClause(
      'The harbour board approved the new ferry timetable for the summer season after a long meeting on Tuesday, giving the operators until June to hire extra crews for the route.',
      22,
    );
    expect(cut).toMatch(/Tuesday$/);
  });

  it('the vetting refuses a relative clause ending on a verb whose object the copy gives', () => {
    const runCopy = 'The pier now draws activists who promote, stage and inflate such protests as the sit-in.';
    expect(isCleanQuestion('Can it be confirmed that the pier now draws activists who promote?', runCopy)).toBe(false);
    const directCopy = 'The town has donors who fund the campaign against the depot.';
    expect(isCleanQuestion('Can it be confirmed that the town has donors who fund?', directCopy)).toBe(false);
    const intransitive = 'The depot employs drivers who retired from the army last year.';
    expect(isCleanQuestion('Can it be confirmed that the depot employs drivers who retired?', intransitive)).toBe(true);
  });
});

describe('the plural source of a "say" tag never stands for the pronoun it reports on (#41)', () => {
  it.each([
    ['Colleagues say he will probably seek a second term on the harbour board.', 'Colleagues'],
    ['Aides believe she will stand down before the depot vote next spring.', 'Aides'],
  ])('leaves the pronoun of %s', (sentence, source) => {
    const clause = sentence.replace(/^\w+ (?:say|believe) /, '');
    const ctx = context(sentence, { actor: source, actorIsPerson: true, mainActor: 'Jo Banks' });
    expect(withActor(clause, ctx)).toBe(clause);
  });

  it('a singular speaker still stands for the pronoun of their own reported clause', () => {
    const ctx = context('Jo Banks said she will stand for the council again.', {
      actor: 'Jo Banks',
      actorIsPerson: true,
    });
    expect(withActor('she will stand for the council again', ctx)).toBe('Jo Banks will stand for the council again');
  });

  it.each([
    'Colleagues say he is likely to stand for the harbour board chair once the ferry merger is done.',
    'Neighbours say she is likely to seek a seat on the parish council when the boundaries change.',
    'Friends say she will probably seek a seat on the harbour board next year.',
  ])('asks no "Will Colleagues …" of %s', (sentence) => {
    const asked = questionsOf('Mayor Jo Banks spoke at the depot on Monday.', sentence);
    expect(asked.join(' ')).not.toMatch(/Will (?:Colleagues|Neighbours|Friends)\b/);
  });
});

describe('the target of an opposition is not the one who objects (#45)', () => {
  it.each([
    'The carefully staged speech came as some councillors reaffirmed their opposition to Banks, underscoring divisions over a mayor who spent her term attacking the harbour board.',
    'The vote came as residents renewed their objections to Banks, after months of complaints about the pier.',
  ])('asks Banks no "objecting to" of %s', (sentence) => {
    const ctx = context(sentence, { actor: 'Jo Banks', mainActor: 'Jo Banks', mainIsPerson: true });
    expect(challenge(ctx) ?? '').not.toMatch(/objecting to/);
  });
});

describe('already answered: the time, the document, the headline', () => {
  it.each([
    'Banks also plans to meet with the harbour board that day at the town hall.',
    'The trust is planning to open the pier the following week after the repairs.',
  ])('a plan dated by a time the sentence before gives is shown as the passage: %s', (sentence) => {
    expect(planQuestion(context(sentence, { actor: 'Jo Banks', actorIsPerson: true }))).toBeNull();
  });

  it.each([
    ['The mayor plans to visit the depot on Friday.', 'Will the mayor visit the depot on Friday?'],
    ['The trust plans to reopen the pier next month.', 'Will the trust reopen the pier next month?'],
  ])('a plan with its own time asks only whether: %s', (sentence, question) => {
    expect(planQuestion(context(sentence))).toBe(question);
  });

  it('a plan with no time still asks when', () => {
    expect(planQuestion(context('The trust plans to reopen the pier.'))).toBe(
      'Will the trust reopen the pier, and when?',
    );
  });

  it.each([
    [
      'The Guardian reported that the chairman sent a letter to members about the cost of the depot.',
      '“The costs have doubled since the spring,” the letter said in part.',
    ],
    [
      'The Observer reported that the trust issued a brief statement in response to questions about the pier.',
      'The repairs will take until June, the statement said.',
    ],
  ])('a report of a document the next sentence quotes is not put up for confirmation: %s', (report, quoted) => {
    const asked = questionsOf('Jo Banks chairs the harbour board.', report, quoted);
    expect(asked.join(' ')).not.toMatch(/Has anyone confirmed the report/);
    const alone = questionsOf('Jo Banks chairs the harbour board.', report);
    expect(alone.join(' ')).toMatch(/Has anyone confirmed the report/);
  });

  it.each([
    [
      'Union Chief Endorses Priya Shah: ‘She Gets It’',
      'Union chief Tom Reed threw his support behind Priya Shah on Monday.',
    ],
    ['Another Councillor Endorses Jo Banks', 'Several aldermen are now endorsing Jo Banks for a second term.'],
  ])('a headline whose act the body tells in other words or on its object is no question: %s', (title, lead) => {
    const { sentences } = sentencesOf([lead, 'The vote is in May.']);
    expect(headlineCheck(title, sentences)).toBeNull();
  });

  it('a headline whose act the body never reports is still asked about', () => {
    const { sentences } = sentencesOf(['Several councillors met Jo Banks on Monday.', 'The vote is in May.']);
    expect(headlineCheck('Union Chief Endorses Priya Shah', sentences)?.text).toMatch(/supports its headline/);
  });
});

describe('data is a document, no "anyone besides" (#10)', () => {
  it.each([
    'Burglaries fell by a fifth in the harbour district last year, according to the most recent data available from the police.',
    'The depot handled 40,000 tonnes of freight in 2019, according to figures compiled by the port authority.',
  ])('shows the passage for %s', (sentence) => {
    expect(singleSource(context(sentence))).toBeNull();
  });

  it('a person is still asked besides', () => {
    const q = singleSource(
      context('The depot handled 40,000 tonnes of freight in 2019, according to a spokesman for the port authority.'),
    );
    expect(q).toMatch(/^Can anyone besides a spokesman for the port authority confirm/);
  });
});

describe('a charge answered in its own sentence, a plan called off in the next (#19, #28)', () => {
  it.each([
    'When the union accused the mayor of hiding the depot costs, she said the figures had been public for months.',
    'After residents accused the trust of neglecting the pier, its chairman replied that repairs would begin in May.',
  ])('asks no "How does … answer the accusation" of %s', (sentence) => {
    expect(accusation(context(sentence))).toBeNull();
  });

  it('a charge with no answer in the sentence is still put to the accused', () => {
    expect(accusation(context('Residents accused the trust of neglecting the pier.'))).toBe(
      'How does the trust answer the accusation by residents of neglecting the pier?',
    );
  });

  it.each([
    [
      'The harbour trust is planning to hold a gala for its donors at the pier on Friday night.',
      'Hours later, the trust said the event was canceled.',
    ],
    [
      'Jo Banks plans to visit the ferry depot with the transport minister next week.',
      'On Monday her office said the visit had been postponed.',
    ],
  ])('no question or passage for a plan the next sentence calls off: %s', (plan, calledOff) => {
    const settled = findOpenQuestions(questionInputOf([plan, calledOff]));
    expect(settled.some((q) => q.sentenceIds.includes(0))).toBe(false);
    const open = findOpenQuestions(questionInputOf([plan, 'The trust met on Monday.']));
    expect(open.some((q) => q.sentenceIds.includes(0))).toBe(true);
  });

  it('another thing called off leaves the plan open', () => {
    const plan = 'The council plans to vote on the depot sale next week.';
    const other = findOpenQuestions(
      questionInputOf([plan, 'Separately, the summer fair was cancelled because of the rain.']),
    );
    expect(other.some((q) => q.sentenceIds.includes(0))).toBe(true);
  });
});
