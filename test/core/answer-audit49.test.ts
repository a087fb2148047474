import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { carriesAnswerType } from '../../src/core/question-type';
import { firstCited } from '../support/count-answers';

// Audit 49 (session 48), on copy written for these tests in house styles the engine was not tuned on.

// B-a49-3: an interview's own question, outside quote marks, repeats the reader's words but states nothing.
const interview = analyzeArticle(`'We kept the lights on': Oona Treherne on twelve years at the Kilbride Playhouse

The outgoing manager talks to Sam Fell about money, storms and handing over the keys.

Oona Treherne is sweeping the foyer of the Kilbride Playhouse when we meet. She leaves in March.

What was the worst winter?

"2018, easily. The roof gave way over the stalls and we played the whole panto season in the church hall."

Did you ever think of giving up?

"Every February. Then the box office opens for the summer and you forget."
`);

// B-a49-4: a sentence sharing only a synonym of the question's verb ("took part" ~ buying) is off the topic.
const study = analyzeArticle(`Cycling to work linked to better sleep, survey finds

Cycling to work may improve sleep, according to a survey published on Tuesday.

Researchers at Glenholm University questioned 8,400 commuters over two years.

The survey was paid for by the Restful Nights Foundation.

Imran Qadir, 52, who took part in the survey, said he now sleeps through the night.
`);

const deal = analyzeArticle(`Harbour firm sells stake

Port Calloway Holdings has agreed to sell its 40% stake in the Brenmoor ferry terminal, the company said on Monday.

The Belfast investor Maura Kest bought the stake for £2.4m, according to a filing.
`);

describe('the copy’s own questions (B-a49-3)', () => {
  it('cites the reply, never the interviewer’s question', () => {
    expect(firstCited(interview, 'What year was the worst winter?')).toContain('2018, easily');
    expect(firstCited(interview, 'Did she ever think of giving up?')).toContain('Every February');
  });

  it("control: a transcript's answer turn is still cited for an untyped question (review 49, B-r49-1)", () => {
    const transcript = analyzeArticle(`Five minutes with the new lock keeper

Dara Quinlan took over the Brackley lock in May. We asked her about the season.

Q: What worries you most about the summer?

A: Hire boats. Half the crews have never worked a lock before.
`);
    expect(firstCited(transcript, 'What worries Quinlan about the summer?')).toContain('Hire boats');
  });

  it('control: a quoted question still counts as what someone said', () => {
    const quoted = analyzeArticle(`Council asked about road

"Why has the bypass been delayed again?" asked councillor Ruth Amory at Tuesday's meeting.

The council said the contractor had gone into administration.
`);
    expect(firstCited(quoted, 'Who asked why the bypass was delayed?')).toContain('Ruth Amory');
  });
});

describe('a synonym of the verb alone (B-a49-4)', () => {
  it('says the article does not say when only the verb’s synonym is shared', () => {
    expect(firstCited(study, 'Who bought the stake?')).toBe("doesn't say");
    expect(firstCited(study, 'Who is buying the company?')).toBe("doesn't say");
  });

  it('control: the sentence naming the asked thing still answers', () => {
    expect(firstCited(deal, 'Who bought the stake?')).toContain('Maura Kest');
    expect(firstCited(study, 'Who paid for the survey?')).toContain('Restful Nights');
  });
});

describe('an age is no count (B-a49-5)', () => {
  it('does not read a name’s age as a count', () => {
    expect(
      carriesAnswerType('count', 'Imran Qadir, 52, who took part in the survey, said he sleeps well.', new Set()),
    ).toBe(false);
    expect(carriesAnswerType('count', 'The driver, a man in his 40s, was arrested.', new Set())).toBe(false);
  });

  it('control: a head count beside ages still counts', () => {
    expect(carriesAnswerType('count', 'Forty-one people, aged 20 to 71, took part.', new Set())).toBe(true);
    expect(carriesAnswerType('count', 'Of the 40 passengers, 12, including two children, were hurt.', new Set())).toBe(
      true,
    );
  });
});

describe('a money question over no sum (B-a49-4)', () => {
  const timed = analyzeArticle(`A 15-minute ride a day halves sleep problems, survey finds

A 15-minute bike ride each day may halve sleep problems, according to a survey published on Tuesday.

Researchers at Glenholm University questioned 8,400 commuters over two years.
`);
  const costed = analyzeArticle(`Sleep survey cost £40,000, university says

The Glenholm University sleep survey cost £40,000, the university said on Tuesday.

Researchers questioned 8,400 commuters over two years.
`);

  it('takes no figure of another kind for the sum', () => {
    expect(firstCited(timed, 'How much did the survey cost?')).toBe("doesn't say");
  });

  it('control: a sum in the headline and the body still answers', () => {
    expect(firstCited(costed, 'How much did the survey cost?')).toContain('£40,000');
  });
});
