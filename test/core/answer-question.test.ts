import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { readEvalArticle, readFlynn } from './flynn-sample';

function cites(analysis: Analysis, question: string, fragment: string): boolean {
  const result = answerQuestion(analysis, question);
  const first = analysis.sentences.find((s) => s.id === result.sentenceIds[0]);
  return result.answer !== null && !!first && first.text.includes(fragment);
}

describe('answerQuestion', () => {
  const maternity = analyzeArticle(readEvalArticle('politics/001'));
  const cinema = analyzeArticle(readEvalArticle('tech/013'));
  const flynn = analyzeArticle(readFlynn());

  it('is robust to paraphrase', () => {
    expect(cites(maternity, 'How much extra will new mums get?', '£1,400')).toBe(true);
  });

  it('answers typed questions with a sentence carrying that type', () => {
    expect(cites(cinema, 'How many cinemas are getting the digital kit?', '150 cinemas')).toBe(true);
    expect(cites(flynn, "Who is Flynn's attorney?", 'Kelner')).toBe(true);
    expect(cites(flynn, 'When did Flynn resign?', 'February 13')).toBe(true);
  });

  it('abstains when the article does not say', () => {
    for (const [analysis, question] of [
      [cinema, 'Which Hollywood studio is paying for the projectors?'],
      [flynn, 'How much did Flynn earn from his speeches in Moscow?'],
    ] as const) {
      const result = answerQuestion(analysis, question);
      expect(result.answer).toBeNull();
      expect(result.sentenceIds).toEqual([]);
      if (result.answer === null) expect(result.reason).toMatch(/likely enough|names nothing|not known/);
    }
  });

  it('cites only sentences of the article and quotes them as the answer', () => {
    const result = answerQuestion(flynn, 'What did Nunes say about communications with Russian officials?');
    expect(result.answer).not.toBeNull();
    for (const id of result.sentenceIds) {
      const s = flynn.sentences.find((x) => x.id === id);
      expect(s).toBeDefined();
      expect(result.answer).toContain(s!.text.trim());
    }
  });

  it('abstains on an empty question or an empty article', () => {
    expect(answerQuestion(flynn, '???').answer).toBeNull();
    const empty: Analysis = {
      title: '',
      sentences: [],
      summary: [],
      quotes: [],
      statements: [],
      questions: [],
      entities: [],
    };
    expect(answerQuestion(empty, 'Who won?').answer).toBeNull();
  });

  describe('general answer-type rules on invented copy', () => {
    const story = (lines: string[]): Analysis => analyzeArticle(['Test headline', '', ...lines].join('\n'));

    it('wants money for "how much ... cost", an age for "how old", a duration for "how long"', () => {
      const a = story([
        'The new bridge will carry 40% of the town traffic, the council said.',
        'Engineers say the bridge will cost £8m to build.',
        'Its designer, Ana Ruiz, 47, has built three bridges in Spain.',
        'Ms Ruiz has won two prizes for her bridges.',
        'Two nurses looked after the injured workers.',
      ]);
      expect(cites(a, 'How much will the bridge cost?', '£8m')).toBe(true);
      expect(cites(a, 'How old is Ruiz?', 'Ana Ruiz, 47')).toBe(true);
      expect(answerQuestion(a, 'How long were the two nurses at the site?').answer).toBeNull();
    });

    it('matches paraphrases (phrasal verbs, founder/founded) and wants a named person for "who"', () => {
      const a = story([
        'The first attempt to sell the stadium failed because too many parties were involved.',
        'The club was saved, and the second sale went smoothly.',
        "Mary O'Malley, the founder of the club, gave me my future.",
        '"I found him very powerful."',
      ]);
      expect(cites(a, 'Why did the first sale fall through?', 'failed because')).toBe(true);
      expect(cites(a, 'Who founded the club?', "O'Malley")).toBe(true);
    });

    it("never cites a credit line, however many of the question's names it carries", () => {
      const a = story([
        'A blast went off around 8:30 p.m. in front of 131 West 23rd Street, police said.',
        'Mayor Bill de Blasio said there was no evidence of a link to terrorism.',
        'Darren Samuelsohn and Sarah Park were at the scene on Saturday night.',
        '--additional reporting from Darren Samuelsohn and Sarah Park.',
      ]);
      const credit = a.sentences.find((s) => s.text.includes('additional reporting'))!;
      for (const question of [
        'where exactly did the blast happen?',
        'what did Darren Samuelsohn and Sarah Park report?',
        'who did the additional reporting?',
      ]) {
        expect(answerQuestion(a, question).sentenceIds).not.toContain(credit.id);
      }
    });

    it('abstains when the copy says the fact is not known', () => {
      const a = story([
        'The sprinters said they presented new evidence to the committee.',
        'It was not clear what this new evidence was.',
        'A ruling is expected by mid-March.',
      ]);
      expect(answerQuestion(a, 'What was the new evidence they presented?').answer).toBeNull();
      expect(cites(a, 'When will we get a verdict?', 'mid-March')).toBe(true);
    });

    it('never cites a sentence that shares nothing with the question, even one with a fresh name for "who"', () => {
      const a = story([
        'The city library will close on Sundays from February, the trust said on Monday.',
        'Staff will be offered extra weekday hours, according to its chief executive, Owen Price.',
        'The council is due to set its budget on 3 March.',
      ]);
      const result = answerQuestion(a, 'who designed the new logo?');
      expect(result.answer).toBeNull();
      expect(result.sentenceIds).toEqual([]);
      expect(cites(a, 'who is the chief executive of the trust?', 'Owen Price')).toBe(true);
    });

    it('wants the sentence naming the head of "which …" over one that only shares the premise', () => {
      const a = story([
        'The appeal over the stadium sale was heard in the High Court on Tuesday.',
        'Fans packed the public gallery for the stadium hearing.',
        'Judge Helen Marsh said she would rule on the sale next month.',
      ]);
      expect(cites(a, 'which judge heard the stadium appeal?', 'Judge Helen Marsh')).toBe(true);
    });
  });

  describe('a disputed point, WordNet paraphrase, and the nearest thing the article says', () => {
    const closure = analyzeArticle(
      [
        'Maternity unit to close',
        '',
        "The hospital trust plans to close the town's maternity unit next spring.",
        'Campaigners say the trust never consulted the public before deciding to close the unit.',
        'The unit delivered 900 babies last year, according to figures from the trust.',
        'Local MP Jane Cole has written to the health secretary about the closure.',
        "The trust disputed the campaigners' account, saying it had consulted the public at three meetings in the autumn.",
        'A decision on an appeal is expected in March.',
      ].join('\n'),
    );
    const textOf = (id: number | undefined): string => closure.sentences.find((s) => s.id === id)?.text ?? '';

    it('cites both sides when the article reports both', () => {
      const result = answerQuestion(closure, 'did the trust consult the public?');
      const texts = result.sentenceIds.map(textOf);
      expect(texts.some((t) => t.startsWith('Campaigners say'))).toBe(true);
      expect(texts.some((t) => t.startsWith('The trust disputed'))).toBe(true);
    });

    it('matches a WordNet synonym the copy uses instead of the question word', () => {
      // "births" is not in the copy; WordNet relates it to what it says ("delivered … babies").
      expect(cites(closure, 'how many births did the unit handle last year?', '900 babies')).toBe(true);
      expect(cites(closure, 'who did the MP write to?', 'health secretary')).toBe(true);
    });

    it('abstains on what the article leaves out, pointing at the nearest sentence on the topic', () => {
      const result = answerQuestion(closure, 'how much money will the closure save the trust?');
      expect(result.answer).toBeNull();
      if (result.answer === null && result.nearestId !== undefined) {
        expect(textOf(result.nearestId)).toMatch(/closure|close/);
      }
    });
  });
});
