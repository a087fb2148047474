import { describe, expect, it } from 'vitest';
import { accusation } from '../../src/core/charge-questions';
import { opensOnHyphenPrefix } from '../../src/core/lower-start';
import { passageItem } from '../../src/core/passage-item';
import type { PhraseContext } from '../../src/core/phrase-question';
import { vagueSource } from '../../src/core/phrase-question';
import { cutClause } from '../../src/core/question-clauses';
import { willQuestion } from '../../src/core/will-question';

/**
 * The ungrammatical, cut and claim-losing shapes hand-read sample 21 found (docs/hand-read-questions.md, "Sample 21",
 * engine 41), each in copy written for the test: an accusation whose accuser slot took a coordinated predicate's tail
 * and whose "her" went to the story's main person (#32), a claim cut at the comma before "but rather" (#46) or at an
 * aside standing between a verb and its that-clause (#48), and a credited source's web address cut at its dot (#14).
 */

function context(text: string, extra: Partial<PhraseContext> = {}): PhraseContext {
  return { text, actor: null, mainActor: null, properWords: new Set(), ...extra };
}

describe('an accusation asks the accused the sentence names, and no predicate is an accuser (#32)', () => {
  const names = new Set(['Bernie', 'Sanders', 'Hillary', 'Clinton', 'Donald', 'Trump', 'Sarah', 'Jones', 'Tom']);

  it('"cast X as unqualified and accused her of …": her is the woman the sentence names, and no "by unqualified and"', () => {
    const question = accusation(
      context(
        'Sen. Bernie Sanders has cast former secretary of State Hillary Clinton as unqualified and accused her of ducking the debate.',
        { mainActor: 'Donald Trump', mainIsPerson: true, properWords: names },
      ),
    );
    expect(question).toBe('How does Hillary Clinton answer the accusation of ducking the debate?');
  });

  it('"her" never goes to a main person the first names say is a man, when the sentence names no woman', () => {
    const question = accusation(
      context('The mayor has praised the budget as sound and accused her of hiding the cost.', {
        mainActor: 'Donald Trump',
        mainIsPerson: true,
        properWords: names,
      }),
    );
    expect(question).toBeNull();
  });

  it.each([
    // Controls: the main person the pronoun fits, and a named accuser, stay as they were.
    [
      'Sanders accused him of ducking the debate.',
      'Donald Trump',
      'How does Donald Trump answer the accusation by Sanders of ducking the debate?',
    ],
    [
      'Bernie Sanders accused her of ducking the debate.',
      'Hillary Clinton',
      'How does Hillary Clinton answer the accusation by Bernie Sanders of ducking the debate?',
    ],
    [
      'The council accused Tom Jones of hiding the cost.',
      'Sarah Jones',
      'How does Tom Jones answer the accusation by the council of hiding the cost?',
    ],
  ])('control: %s', (text, main, expected) => {
    expect(accusation(context(text, { mainActor: main, mainIsPerson: true, properWords: names }))).toBe(expected);
  });
});

describe('a claim is not cut where its point is still to come (#46, #48)', () => {
  it('"do not plan to close, but rather sell …": the cut never ends on what is not so', () => {
    const clause = cutClause(
      'the council does not plan to close the quay, but rather sell the harbour to a trust, so that it can keep the ferry running',
      20,
    );
    expect(clause).toBe('the council does not plan to close the quay, but rather sell the harbour to a trust');
  });

  it('"Which analysts suggest however that …" drops the adverb and keeps the "but rather" half', () => {
    const question = vagueSource(
      context(
        'Several analysts suggest however that the council does not plan to close the quay, but rather sell the harbour to a trust, so that it can keep the ferry running.',
      ),
    );
    expect(question).toBe(
      'Which analysts suggest the council does not plan to close the quay, but rather sell the harbour to a trust, and can they be named?',
    );
  });

  it('an aside between a verb and its that-clause is dropped, not cut at', () => {
    expect(
      cutClause(
        'announce on Monday, after a two-day meeting of its finance committee, that it will again delay the levy',
        18,
      ),
    ).toBe('announce on Monday that it will again delay the levy');
    expect(
      willQuestion(
        'The council is expected to announce on Monday, after a two-day meeting of its finance committee, that it will again delay the levy',
        new Set(),
      ),
    ).toBe('Will the council announce on Monday that it will again delay the levy?');
  });

  it.each([
    // Controls: a "but" clause of its own, and an aside with no that-clause after it, still end the claim.
    ['the council will close the quay, but the ferry will keep running', 'the council will close the quay'],
    [
      'the council will vote on Monday, after a two-day meeting of its finance committee',
      'the council will vote on Monday',
    ],
  ])('control: %s', (text, expected) => {
    expect(cutClause(text, 20)).toBe(expected);
  });
});

describe('a credited web address is printed whole (#14)', () => {
  // Past the hard cap of 60 words, so the name is shown only in the credit.
  const long =
    'The mayor, in turn, cites his many followers on the council and in the harbour town as the source for some of his own figures on the ferry, such as his recent claim that the levy doubled the cost of every crossing last winter and the winter before it for the people who have to use the boats every day (the actual rise is closer to 15 percent, according to Factcheck.org).';

  it('", says Factcheck.org", not ", says Factcheck"', () => {
    expect(passageItem('unverified', long, 'Factcheck')).toMatch(/, says Factcheck\.org$/);
  });

  it('control: a name the copy ends a sentence on keeps its stop out', () => {
    expect(passageItem('unverified', 'The ferry will stop.', 'Gazette')).toMatch(/, says Gazette$/);
    expect(passageItem('unverified', long.replace('Factcheck.org', 'the Gazette'), 'Gazette')).toMatch(
      /, says Gazette$/,
    );
  });
});

describe('one hyphen-prefix list for the phrasing and the vetting (gram22 review)', () => {
  it.each([
    ['Anti-virus firms', true],
    ['Post-war Britain', true],
    ['Anti-Trump rallies', true],
    ['Post-ABC poll', false],
    ['Iraqi-born', false],
  ])('%s', (text, lowered) => {
    expect(opensOnHyphenPrefix(text)).toBe(lowered);
  });
});
