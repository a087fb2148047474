import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { passageItem } from '../../src/core/passage-item';
import { isCleanQuestion } from '../../src/core/vet-question';

describe('isCleanQuestion: a templated question is printed only when it reads cleanly', () => {
  it('rejects a subject that runs into a second finite verb', () => {
    const copy = 'His father was Kenyan and the president will meet relatives in Nairobi.';
    expect(isCleanQuestion('Will his father was Kenyan and the president meet relatives in Nairobi?', copy)).toBe(
      false,
    );
    expect(isCleanQuestion('Will the president meet relatives in Nairobi?', copy)).toBe(true);
  });

  it('rejects a question whose subject opens with a preposition', () => {
    const copy = 'After the collapse of the authoritarian system in 2011, militants attacked bars and art galleries.';
    expect(
      isCleanQuestion(
        'Why did after the collapse of the authoritarian system in 2011 attack bars and art galleries?',
        copy,
      ),
    ).toBe(false);
  });

  it('rejects "Is <plural> … said …"', () => {
    const copy = 'Traders on Mill Street said they had not been consulted.';
    expect(isCleanQuestion('Is traders on Mill Street said they had not been consulted and right that?', copy)).toBe(
      false,
    );
  });

  it('rejects a number cut short or a word altered', () => {
    const copy = 'Police may search up to 10,000 homes. The board dismissed the plan. J.P. Morgan advised the bank.';
    expect(isCleanQuestion('Which officials say police may search up to 10, and can they be named?', copy)).toBe(false);
    expect(isCleanQuestion('Why did the board dismis the plan?', copy)).toBe(false);
    expect(isCleanQuestion('Why did the board dismiss the plan?', copy)).toBe(true);
    expect(isCleanQuestion('Did j.P. Morgan advise the bank?', copy)).toBe(false);
    expect(isCleanQuestion('Did J.P. Morgan advise the bank?', copy)).toBe(true);
  });

  it('rejects a sentence opener spliced in mid-question, and a second sentence inside one', () => {
    const copy =
      'Grey said: "No sympathy, a real fiasco." Cruz wrote: "His strategy will be a bully." "As a young woman I worry."';
    expect(isCleanQuestion('Who answers the charge that No sympathy, a real fiasco?', copy)).toBe(false);
    expect(isCleanQuestion('Will his strategy be a bully. As a young woman I worry?', copy)).toBe(false);
  });

  it('rejects two clauses spliced into one question, a word said twice, a plural noun left capitalised', () => {
    const copy =
      'Politicians rejected the bill and now it must go through another round. Critics argue cutting subsidies will hurt families. Journalists are not ruling out a strike.';
    expect(isCleanQuestion('Why did politicians reject the bill and now it must go through another round?', copy)).toBe(
      false,
    );
    expect(isCleanQuestion('Which critics say critics argue cutting subsidies will hurt families?', copy)).toBe(false);
    expect(isCleanQuestion('What are Journalists not ruling out?', copy)).toBe(false);
    expect(isCleanQuestion('What are journalists not ruling out?', copy)).toBe(true);
  });

  it('rejects a clause cut short mid-question and the copy’s doubled apostrophes', () => {
    const copy =
      "Officials said the team was taken to a trauma centre in the wake of the collapse. People would ''learn nothing.''";
    expect(
      isCleanQuestion(
        'Which officials say the team was taken to a trauma centre in the wake…, and can they be named?',
        copy,
      ),
    ).toBe(false);
    expect(isCleanQuestion("Is it true that people would ''learn nothing''?", copy)).toBe(false);
  });

  it('rejects a clause cut mid-way and unbalanced quotes', () => {
    const copy = 'The firm said the deal would close in the spring.';
    expect(isCleanQuestion('Will the deal close in the?', copy)).toBe(false);
    expect(isCleanQuestion('Is it true that “the deal would close in the spring?', copy)).toBe(false);
  });
});

describe('isCleanQuestion: splices the corpus-wide grammar reader found', () => {
  it('rejects a that-clause left with no verb, and a clause cut after a function word', () => {
    const copy = 'Chris Christie attacked Hillary Clinton. Robby Mook said the campaign expects Holt to fact-check.';
    expect(isCleanQuestion("How does Hillary Clinton answer Chris Christie's charge that Christie?", copy)).toBe(false);
    expect(isCleanQuestion('Does the campaign expect Holt to…?', copy)).toBe(false);
    expect(isCleanQuestion('Does the campaign expect Holt to fact-check?', copy)).toBe(true);
  });

  it('rejects an adverb or a second modal where the subject goes', () => {
    const copy =
      'Just minutes before the bill would take effect, Reeves struck it down. His long shot would require cash.';
    expect(isCleanQuestion('Will just minutes before the bill take effect, Reeves struck it down?', copy)).toBe(false);
    expect(isCleanQuestion('Will his long shot would require cash?', copy)).toBe(false);
  });

  it('rejects a that-clause opening with "to" and a stray stop before the question mark', () => {
    const copy = 'The ministry is said to be still rewriting its response. Who can say at this point.)';
    expect(isCleanQuestion('Can a named source confirm that to be still rewriting its response?', copy)).toBe(false);
    expect(isCleanQuestion('Who can say at this point.)?', copy)).toBe(false);
  });

  it('rejects a title-case headline spliced into a question', () => {
    const copy = 'GOP Candidates Resoundingly Reject The Idea Of A Minimum Wage Hike';
    expect(
      isCleanQuestion('Why does GOP Candidates Resoundingly reject The Idea Of A Minimum Wage Hike?', '', copy),
    ).toBe(false);
  });
});

describe('isCleanQuestion: splices found on PolNeAR train', () => {
  it('rejects a past verb coordinated after do-support, a clause cut mid-question and page markup', () => {
    const copy =
      'Saul Anuzis dismissed attempts to unhorse Trump, floated the notion of a new ticket. Starr took over the investigation and investigated the suicide.';
    expect(
      isCleanQuestion(
        'Why did Saul Anuzis dismiss attempts to unhorse Trump, floated the notion of a new ticket?',
        copy,
      ),
    ).toBe(false);
    expect(isCleanQuestion('Why did Saul Anuzis dismiss attempts to unhorse Trump?', copy)).toBe(true);
    expect(isCleanQuestion('What will the investigation and investigated… find, and when?', copy)).toBe(false);
    const tweet = '<tweet author="realDonaldTrump">Mr. Khan attacked me from the stage of the DNC.';
    expect(isCleanQuestion('Why did <tweet author="realDonaldTrump">Mr. Khan attack me?', tweet)).toBe(false);
  });

  it('shows a passage without the page’s markup, its words unchanged', () => {
    const tweet = '<tweet author="realDonaldTrump">Mr. Khan attacked me from the stage of the DNC - Nice!</tweet>.';
    expect(passageItem('disputed', tweet, null)).toBe(
      'Disputed: “Mr. Khan attacked me from the stage of the DNC - Nice!.”',
    );
  });

  it('keeps the capital of a plural possessive name ("Dems’")', () => {
    const copy = [
      'Pollster warns party',
      '',
      'Mark Penn, the Democratic pollster, argued that Dems’ support for gun control hurt the party politically.',
    ].join('\n');
    const texts = analyzeArticle(copy).questions.map((q) => q.text);
    expect(texts.some((t) => /\bdems’/.test(t))).toBe(false);
    expect(texts.some((t) => /Dems’ support/.test(t))).toBe(true);
  });
});

describe('isCleanQuestion: stray stops, stranded verbs and relative pronouns as names', () => {
  it('rejects a quote keeping its full stop before the question mark', () => {
    const copy = 'McConnell said the goal was to make Obama a "one-term president."';
    expect(isCleanQuestion('Will McConnell make Obama a "one-term president."?', copy)).toBe(false);
    expect(isCleanQuestion('Will McConnell make Obama a "one-term president"?', copy)).toBe(true);
  });

  it('rejects a verb left without its clause and a relative pronoun made possessive', () => {
    const copy =
      'Strada accused the government of attempting to intimidate the families and asserted that they were right.';
    expect(
      isCleanQuestion(
        'How does the government answer the accusation by Strada of attempting to intimidate the families and asserted?',
        copy,
      ),
    ).toBe(false);
    expect(isCleanQuestion("What is many of whom's claim based on?", 'Many of whom claim it.')).toBe(false);
  });
});

describe('isCleanQuestion: a reported clause cut before its verb', () => {
  const copy =
    'A CNN poll found the Vermont senator ahead after the Mason City event. They empathize with her predicament. At least 38 babies have been killed.';
  it('rejects a that-clause left as a noun phrase or a subordinate phrase', () => {
    expect(isCleanQuestion('Can anyone besides a CNN poll confirm that the Vermont senator?', copy)).toBe(false);
    expect(isCleanQuestion('Can a named source confirm that after the Mason City event?', copy)).toBe(false);
  });
  it('keeps one with its verb, a plural pronoun’s bare verb, or "at least" opening a number', () => {
    expect(isCleanQuestion('Can a named source confirm that they empathize with her predicament?', copy)).toBe(true);
    expect(isCleanQuestion('Can a named source confirm that at least 38 babies have been killed?', copy)).toBe(true);
  });
});

describe('isCleanQuestion: the writer’s tests, applied to a question from any frame', () => {
  it('rejects a relative clause read as the claim whichever frame opens it, and keeps one with its object', () => {
    const copy = 'Reports said the board denied any role in the sale.';
    expect(isCleanQuestion('Has anyone confirmed the report that the board denied?', copy)).toBe(false);
    expect(isCleanQuestion('Is it true that the harbour board strongly disputes?', copy)).toBe(false);
    expect(isCleanQuestion('Has anyone confirmed the report that the board denied any role in the sale?', copy)).toBe(
      true,
    );
  });

  it('rejects "Who can say" before a preposition, and keeps it before a clause', () => {
    const copy = 'Price was largely unknown until this spring, and who will win the seat is unclear.';
    expect(isCleanQuestion('Who can say until this spring?', copy)).toBe(false);
    expect(isCleanQuestion('Who can say who will win the seat?', copy)).toBe(true);
  });
});
