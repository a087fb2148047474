import { describe, expect, it } from 'vitest';
import { questionProblems } from '../support/question-grammar';

describe('questionProblems: an independent reader of printed questions', () => {
  it('catches the splices editors reported', () => {
    const copy = 'His father was Kenyan and the president will meet relatives in Nairobi.';
    expect(questionProblems('Will his father was Kenyan and the president meet relatives in Nairobi?', copy)).toContain(
      'finite "was" in the subject slot after "Will"',
    );
    const rally =
      'Trump, speaking in Wilmington, N.C., warned that Clinton would win. Mook refused to comment. Senator Bob Corker agreed.';
    expect(questionProblems('Is N.C right that Clinton would win?', rally)).toContain(
      'subject of "right that" is a cut abbreviation',
    );
    expect(questionProblems('Is his ex-wife agreed right that the file is private?', rally)).toContain(
      'verb "agreed" in the subject of "right that"',
    );
    expect(questionProblems('Is mook refused to right that Clinton would win?', rally)).toContain(
      'subject of "right that" ends in "to"',
    );
    expect(questionProblems('Is Senator Bob Corker right that Clinton would win?', rally)).toEqual([]);
    const goal = 'He said the goal was to make Obama a "one-term president." Strada accused them and asserted it.';
    expect(questionProblems('Will the goal make Obama a "one-term president."?', goal)).toContain(
      'stray stop before the question mark',
    );
    expect(questionProblems('How does Strada answer them and asserted?', goal)).toContain('verb stranded at the end');
    const poll = 'A CNN poll found the Vermont senator ahead after the Mason City event.';
    expect(questionProblems('Can anyone besides a CNN poll confirm that the Vermont senator?', poll)).toContain(
      'reported clause has no verb',
    );
    expect(questionProblems('Can a named source confirm that after the Mason City event?', poll)).toContain(
      'reported clause is only a subordinate clause or phrase',
    );
    expect(
      questionProblems('Can anyone besides a CNN poll confirm that the Vermont senator led?', `${poll} He led.`),
    ).toEqual([]);
    const search = 'Police will search up to 10,000 homes, and the suspects have not been named.';
    expect(questionProblems('Will police search up to 10, and can they be named?', search)).toContain('cut number 10');
    expect(questionProblems('Why did the board dismis the claim?', 'The board dismissed the claim.')).toContain(
      'altered word dismis',
    );
    expect(questionProblems('Did j.P. Morgan lend the money?', 'J.P. Morgan lent the money.')).toContain(
      'altered word j.P',
    );
    expect(
      questionProblems("How does Eve Ensler answer the charge that i'm outraged?", "Eve Ensler said: I'm outraged."),
    ).toContain("altered word i'm");
    expect(
      questionProblems(
        "How does Hillary Clinton answer Chris Christie's charge that Christie?",
        'Chris Christie spoke.',
      ),
    ).toContain('that-clause with no verb');
    expect(
      questionProblems(
        'Can a named source confirm that to be still rewriting its response?',
        'It is said to be still rewriting its response.',
      ),
    ).toContain('that-clause opening with "to"');
    expect(
      questionProblems('Who can say at this point.)? (Hillary Clinton)', 'It is unclear at this point.)'),
    ).toContain('stray stop before the question mark');
    expect(questionProblems('Will Holt attempt to…?', 'Holt will attempt to fact-check.')).toContain(
      'clause cut after a function word',
    );
    expect(questionProblems('Unverified: “The figure was 10”', 'The figure was 10,000.')).toEqual(['cut number 10']);
    expect(
      questionProblems(
        "Who answers the mayor's charge that we misled residents?",
        '"We misled residents," the mayor said.',
      ),
    ).toContain('a quotation’s first or second person in a reported charge');
    expect(questionProblems('Unverified: “The figure was doubled”', 'The figure was tripled.')).toEqual([
      'passage is not word for word',
    ]);
    // An elided aside or list item is no licence to change the words around it.
    expect(questionProblems('Unverified: “The figure (…) was doubled”', 'The figure (in 2015) was doubled.')).toEqual(
      [],
    );
    expect(questionProblems('Unverified: “The figure (…) was doubled”', 'The figure (in 2015) was tripled.')).toEqual([
      'passage is not word for word',
    ]);
    expect(questionProblems('Pending: “It wants a; …; and c.”', 'It wants a; b; and c.')).toEqual([]);
    expect(questionProblems('Pending: “It wants a; …; and d.”', 'It wants a; b; and c.')).toEqual([
      'passage is not word for word',
    ]);
    expect(questionProblems('Will maybe it be expected?', 'Maybe it will be expected.')).toContain(
      'adverb "maybe" in the subject slot',
    );
    expect(
      questionProblems('Why did <tweet author="x">Mr. Khan attack me?', '<tweet author="x">Mr. Khan attacked me.'),
    ).toContain('page markup');
  });

  it('catches the classes the hand-read of 50 unread questions found (docs/hand-read-questions.md)', () => {
    const copy =
      'Portsmouth sets strict limits as Southampton plans to give visitors more room. Gina Moreno became the victim of abuse after followers attacked her accent. Redfox, whom officials say is tied to a spy agency, denied it. Analysts say voters must believe that they, and not the incumbent, have a plan. Reed will meet Holt that day.';
    expect(questionProblems('Why did Gina Moreno became the victim of abuse attack her accent?', copy)).toContain(
      'finite "became" in the subject slot after "Why"',
    );
    expect(
      questionProblems(
        'Which analysts say voters must believe that they, and not the incumbent, and can they be named?',
        copy,
      ),
    ).toContain('reported clause cut before its verb');
    // "that day" is a demonstrative, not a clause cut before its verb.
    expect(questionProblems('Will Reed meet Holt that day, and when?', copy)).toEqual([]);
    expect(questionProblems('Will Southampton give visitors more room, and when?', copy)).toEqual([]);
  });

  it('catches the classes the fourth hand-read found (sample 4, engine 18)', () => {
    const copy =
      'In terms of results, the depot plan (backed by most residents) has yielded one victory. "Is the mayor going to publish the figures?" Banks asked. About 270 families were moved, officials said. Price said at a press conference, according to the Courier. Price will meet Holt in Washington D.C. Wilcox and Beruff argue that the plan failed.';
    expect(
      questionProblems(
        'How does Alan Price answer the criticism that in terms of results, the depot plan (backed by most residents)…?',
        copy,
      ),
    ).toContain('clause cut at "…" before its verb');
    expect(
      questionProblems("How does Price answer Banks's charge that Is the mayor going to publish?", copy),
    ).toContain('sentence opener "Is" capitalised mid-question');
    expect(questionProblems('Which officials say About 270 families were moved?', copy)).toContain(
      'sentence opener "About" capitalised mid-question',
    );
    expect(
      questionProblems('Can anyone besides the Courier confirm that Price said at a press conference?', copy),
    ).toContain('speech verb with nothing said');
    expect(questionProblems('Will Price meet Holt in Washington D.C?', copy)).toContain('altered abbreviation D.C');
    expect(questionProblems('Is Wilcox and Beruff right that the plan failed?', copy)).toContain(
      '"Is" with two subjects',
    );
    expect(questionProblems('Can anyone besides the Courier) confirm that Price will meet Holt?', copy)).toContain(
      'unbalanced bracket',
    );
    // Their negatives: the same questions built right.
    expect(questionProblems('Will Price meet Holt in Washington D.C.?', copy)).toEqual([]);
    expect(questionProblems('Which officials say about 270 families were moved?', copy)).toEqual([]);
    expect(questionProblems('Are Wilcox and Beruff right that the plan failed?', copy)).toEqual([]);
    expect(questionProblems('Disputed: “… Price will meet Holt in Washington D.C.”', copy)).toEqual([]);
  });

  it('catches the classes hand-read sample 13 found (engine 30)', () => {
    const copy =
      'The usual complaint about such surveys is that they miss the church. One of the main claims of the speech does not hold up. Last June, Reed convened senior staff.';
    expect(
      questionProblems(
        'How does the Harbour Trust answer the criticism that the usual criticism of such surveys is that they miss the church?',
        `${copy} The usual criticism of such surveys is that.`,
      ),
    ).toContain('a criticism wrapped as the criticism');
    expect(questionProblems('Can it be confirmed that of the speech does not hold up?', copy)).toContain(
      'reported clause opens on "of"',
    );
    expect(questionProblems('Will Reed convened senior staff?', copy)).toContain(
      'past tense after a modal and its subject',
    );
    expect(questionProblems('Will Reed convene senior staff?', `${copy} Reed will convene them.`)).toEqual([]);
  });

  it('passes questions built from the copy’s own words', () => {
    const copy = 'The council will vote on the 2,000-home plan on Wednesday, officials said.';
    expect(questionProblems('Will the council vote on the 2,000-home plan on Wednesday?', copy)).toEqual([]);
    expect(
      questionProblems(
        'Unverified: “The council will vote on the 2,000-home plan on Wednesday, officials said.”',
        copy,
      ),
    ).toEqual([]);
    expect(
      questionProblems('Who answers the charge that the council misled residents?', 'The council misled residents.'),
    ).toEqual([]);
    // A frame's own word is no truncation of a longer copy word; a name keeps letters beyond A–Z.
    expect(
      questionProblems('Is Sanders right that change will come?', 'Sanders, no rightist, said change will come.'),
    ).toEqual([]);
    expect(
      questionProblems(
        'Did François Hollande criticise Trump?',
        'French President François Hollande criticised Trump.',
      ),
    ).toEqual([]);
    expect(
      questionProblems('Disputed: “Mr. Khan attacked me.”', '<tweet author="x">Mr. Khan attacked me.</tweet>'),
    ).toEqual([]);
  });
});
