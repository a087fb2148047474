import { describe, expect, it } from 'vitest';
import { carriesAnswerType, numericEchoes, questionType } from '../../src/core/question-type';

describe('questionType', () => {
  it('types who / when / how many / how much / where / why / yes-no', () => {
    expect(questionType('Who made the documentary?')).toBe('person');
    expect(questionType('Which Newsnight journalist got the e-mail?')).toBe('person');
    expect(questionType('By when must she decide?')).toBe('time');
    expect(questionType('What date is the Budget?')).toBe('time');
    expect(questionType('How many cinemas are involved?')).toBe('count');
    expect(questionType('How much extra will mothers get?')).toBe('money');
    expect(questionType('How much did prices rise?')).toBe('amount');
    expect(questionType('How much time is there between the races?')).toBe('quantity');
    expect(questionType('Where will the network be built?')).toBe('place');
    expect(questionType('Why did he resign?')).toBe('reason');
    expect(questionType('Has the company seen any attacks?')).toBe('yesno');
  });

  it('types a negated or prefixed opening auxiliary yes/no ("didn\'t…", "isn\'t it true…", "so has…")', () => {
    expect(questionType("Didn't the committee reject the request?")).toBe('yesno');
    expect(questionType("Isn't it true that the mayor lost the vote?")).toBe('yesno');
    expect(questionType("won't the union back the deal?")).toBe('yesno');
    expect(questionType('Hasn’t anyone been arrested?')).toBe('yesno');
    expect(questionType('so did the Senate pass the bill?')).toBe('yesno');
    expect(questionType("why didn't the council reply?")).toBe('reason');
  });

  it('types an opening auxiliary yes/no whatever "when" or "where" clause follows, unless a verb of saying or knowing asks it; a later "who" or count keeps its type', () => {
    expect(questionType('was the mayor with him when he said it?')).toBe('yesno');
    expect(questionType('did the delegates listen when he told them not to protest?')).toBe('yesno');
    expect(questionType('did the police search the house where the suspect lived?')).toBe('yesno');
    expect(questionType('did the police say who fired the shots?')).toBe('person');
    expect(questionType('Did the council say when the library will reopen?')).toBe('time');
    expect(questionType('Has the mayor announced when the vote is?')).toBe('time');
    expect(questionType('Do we know when the ferry will run again?')).toBe('time');
    expect(questionType('has the club told us when the new coach starts?')).toBe('time');
    expect(questionType('Does the story say where the summit will be held?')).toBe('place');
    expect(questionType('did officials reveal where the prisoners were taken?')).toBe('place');
    expect(questionType('does the poll say how many voters are undecided?')).toBe('count');
  });

  it('reads "time" as a duration, not as an occasion ("last time", "this time")', () => {
    expect(questionType('how much prison time is he facing?')).toBe('quantity');
    expect(questionType('how many days did the strike last?')).toBe('quantity');
    expect(questionType('how many votes did she get last time she ran?')).toBe('count');
    expect(questionType('how many seats does the party hope to win this time?')).toBe('count');
  });

  it('wants money for "how much money", whatever the verb', () => {
    expect(questionType('How much money will the closure save the trust?')).toBe('money');
    expect(questionType('How much more cash does the club need?')).toBe('money');
    expect(questionType('How much did the closure save?')).toBe('amount');
  });

  it('wants money when "what" is what something costs, not when costs are the topic', () => {
    expect(questionType('what would the leave program cost overall?')).toBe('money');
    expect(questionType('What did the director say it can cost to copy a print?')).toBe('money');
    expect(questionType('what does the report say about costs?')).toBe('other');
    expect(questionType('What will the plan to cut costs mean for staff?')).toBe('other');
    expect(questionType('What did the mayor say about plans to cut costs?')).toBe('other');
    expect(questionType('What would happen if the program costs more than expected?')).toBe('other');
    expect(questionType('What can be done to lower costs?')).toBe('other');
    expect(questionType('what will the new stadium cost taxpayers?')).toBe('money');
    expect(questionType('What does it cost to run?')).toBe('money');
    expect(questionType('What will it cost to fix the bridge?')).toBe('money');
  });

  it('asks for a figure when the wh-phrase ends on one, with words between ("what\'s the total fine")', () => {
    expect(questionType("what's the total fine the bank got?")).toBe('amount');
    expect(questionType("what's the council's new growth number?")).toBe('amount');
    expect(questionType('what was the committee tally?')).toBe('amount');
    // The phrase ends at its verb: "budget" here is the subject, the question asks for a date.
    expect(questionType('What date is the Budget?')).toBe('time');
    expect(questionType("what's the next step for the bill?")).toBe('other');
  });

  it('takes the wh-word the question opens with over a later "when" or "who"', () => {
    expect(questionType('where was the senator when he made the remark?')).toBe('place');
    expect(questionType("why didn't the host raise it when he covered the leak?")).toBe('reason');
    expect(questionType('So who signed it when the deal closed?')).toBe('person');
    // A figure asked for first stays a figure.
    expect(questionType('how many people were there when he spoke?')).toBe('count');
  });
});

describe('carriesAnswerType', () => {
  it('treats years as dates, not counts, and ignores numbers the question repeats', () => {
    expect(carriesAnswerType('count', 'A quota was proposed in the 1930s.', new Set())).toBe(false);
    expect(carriesAnswerType('count', 'Up to 150 cinemas will take part.', new Set())).toBe(true);
    expect(carriesAnswerType('count', 'He ran the 100m in Athens.', numericEchoes('How fast was the 100m?'))).toBe(
      false,
    );
    expect(carriesAnswerType('time', 'The decision is due by Tuesday.', new Set())).toBe(true);
    expect(carriesAnswerType('time', 'The decision is important.', new Set())).toBe(false);
  });
});

describe('answer types for paraphrased questions', () => {
  it('tells money, age and duration questions from plain counts', () => {
    expect(questionType('How much will the laptop cost?')).toBe('money');
    expect(questionType('How much more will they get?')).toBe('money');
    expect(questionType('How old is the striker?')).toBe('age');
    expect(questionType('How much has the rupee gained over the last few days?')).toBe('amount');
    expect(carriesAnswerType('money', 'Sales rose 5% in the year.', new Set())).toBe(false);
    expect(carriesAnswerType('money', 'It will sell for less than $100.', new Set())).toBe(true);
    expect(carriesAnswerType('age', 'Kenteris, 31, won the title.', new Set())).toBe(true);
    expect(carriesAnswerType('age', 'He won 31 titles.', new Set())).toBe(false);
  });

  it('treats number words the question repeats as echoes, not answers', () => {
    expect(
      carriesAnswerType(
        'count',
        'The two bloggers are in prison.',
        numericEchoes('How long have the two bloggers been held?'),
      ),
    ).toBe(false);
  });
});

// ans66b, session 48: the copula's noun phrase types the question as "what year…" does (audit 49). Composed questions.
describe('a what-copula question typed by its noun', () => {
  it('asks a time when the phrase ends on a time noun', () => {
    expect(questionType('What was the toughest year for the bakery?')).toBe('time');
    expect(questionType('What is the deadline for bids on the pier lease?')).toBe('time');
    expect(questionType('What was the busiest day?')).toBe('time');
  });

  it('asks for a person or body when it asks a name', () => {
    expect(questionType("What is the driver's name?")).toBe('person');
    expect(questionType('What was the name of the ferry firm?')).toBe('person');
  });

  it('keeps its type when a verb follows the phrase or the noun modifies another (controls)', () => {
    expect(questionType('What is the council doing this year?')).toBe('other');
    expect(questionType("What was the year's biggest story?")).toBe('other');
    expect(questionType('What is the name change about?')).toBe('other');
    expect(questionType('What year was the toughest?')).toBe('time');
  });
});

// ans80, session 59: "how much" before a time noun (WordNet noun.time) asks a duration, though "paid" is a money verb
// and "get" would ask a sum; "what's behind…?" asks a cause.
describe('questionType: how much of a time, what is behind', () => {
  it('types "how much <time noun>" as a duration, by the phrase head', () => {
    expect(questionType('How much paid leave would new fathers get under the scheme?')).toBe('quantity');
    expect(questionType('How much annual leave is left?')).toBe('quantity');
    expect(questionType('How much holiday pay is owed?')).toBe('money');
    expect(questionType('How much money will the mothers get?')).toBe('money');
  });

  it('types "what is behind / driving …" as a reason', () => {
    expect(questionType("What's behind the rise in fares?")).toBe('reason');
    expect(questionType('What is driving the fall in sales?')).toBe('reason');
  });
  // Review 61's R61-5 / R61-11: a rate is no measured time; a made thing behind/driving is no cause.
  it('types "how much per hour / a month … paid/cost" as money, not a duration', () => {
    expect(questionType('How much per hour are cleaners paid?')).toBe('money');
    expect(questionType('How much a month will the permit cost?')).toBe('money');
  });

  it('does not type "what is behind / driving <a made thing>" as a reason (control)', () => {
    expect(questionType('What was behind the fence?')).not.toBe('reason');
    expect(questionType('What is driving the tractor?')).not.toBe('reason');
  });

  // Session 60: a body or system (WordNet's noun.group) has causes, not a driver; "what is causing …" asks a cause.
  it('types "what is driving <a body or system>" and "what is causing …" as a reason', () => {
    expect(questionType('What is driving the housing market slump?')).toBe('reason');
    expect(questionType('What is driving the economy?')).toBe('reason');
    expect(questionType('What is behind the industry?')).toBe('reason');
    expect(questionType('What is causing the queues at the port?')).toBe('reason');
  });
});
