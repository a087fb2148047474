import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { clausePosition } from '../../src/core/clause-position';
import { cleanArticle } from '../../src/core/clean-article';
import { indexPeople } from '../../src/core/people';
import { splitSentences } from '../../src/core/split-sentences';
import { tokenize } from '../../src/core/tokenize';
import { printedSpeaker, speakerRules } from './speaker-rules';

/**
 * Clause structure that names the wrong person (issue 11; session 29 review's wrong names on written copy): a
 * subject inside a fronted subordinate clause, a name inside another's apposition with its own relative clause, a
 * role word that is a surname, a description carried past a new subject. The copy is written for the test.
 */
describe('a fronted subordinate clause does not supply the "he" of the main clause (s30 sp41)', () => {
  it('gives "he said" to the main clause subject, not the subject of the "After …" clause', () => {
    const body =
      'After Victor Lane lost the county vote, Joe Harmon, a precinct captain, wept. "We knocked on every door," he said.';
    expect(printedSpeaker(body, 'We knocked')).toBe('Joe Harmon');
    expect(speakerRules(body, 'We knocked')[0]).toBe('Joe Harmon');
    const bare =
      'While Victor Lane waited for the final tally, Joe Harmon went home. "There was nothing left to do," he said.';
    expect(speakerRules(bare, 'There was')[0]).toBe('Joe Harmon');
  });

  it('controls: an opening phrase with no name, and a name with no fronted clause, keep their speakers', () => {
    expect(printedSpeaker('After the count, Harmon said "we will be back in two years."', 'we will')).toBe('Harmon');
    // With no comma closing a fronted clause the name is the sentence's subject.
    const plain = 'Victor Lane lost the county vote on Tuesday. "I called my opponent to concede," he said.';
    expect(speakerRules(plain, 'I called')[0]).toBe('Victor Lane');
    // A fronted clause that reports speech names a source: its subject stays one.
    const asPut = 'As Ruth Kemp, a columnist for the Ledger, put it, the plan is dead.';
    const start = asPut.indexOf('Ruth Kemp');
    expect(clausePosition(tokenize(asPut), start, start + 'Ruth Kemp'.length, asPut).subject).toBe(true);
  });
});

describe('a name inside another person’s apposition is not the tag’s subject (s30 sp41)', () => {
  it('reads past the aside and its relative clause to the first name', () => {
    const aide =
      'Nora Bell, an aide to Governor Frank Ames, who vetoed the measure, told reporters "the fight is not over."';
    expect(speakerRules(aide, 'the fight')[0]).toBe('Nora Bell');
    expect(printedSpeaker(aide, 'the fight')).toBe('Nora Bell');
    const cousin = 'Owen Price, a cousin of the driver, Lily Marsh, who was 22, said "she wanted to be a nurse."';
    expect(speakerRules(cousin, 'she wanted')[0]).toBe('Owen Price');
    expect(printedSpeaker(cousin, 'she wanted')).toBe('Owen Price');
  });

  it('does not take a titled object for the subject: "the aide to Governor Ames said" is the aide', () => {
    const body =
      'Governor Frank Ames vetoed the measure on Monday. The aide to Governor Ames said "the fight is not over."';
    expect(speakerRules(body, 'the fight')[0]).not.toBe('Frank Ames');
  });

  it('controls: the apposition without a relative, a name that is the subject, an object with an appositive', () => {
    expect(
      speakerRules(
        'Nora Bell, an aide to Governor Frank Ames, told reporters "the fight is not over."',
        'the fight',
      )[0],
    ).toBe('Nora Bell');
    expect(
      speakerRules('Governor Frank Ames, who vetoed the measure, said "the bill was flawed."', 'the bill')[0],
    ).toBe('Frank Ames');
    expect(
      speakerRules('The chairman, Paul Ortega, who ran the hearing, said "the vote was fair."', 'the vote')[0],
    ).toBe('Paul Ortega');
    // "attacked X, the father of …": X is the verb's object; the quotation after is the subject's.
    const object =
      'Frank Ames attacked Ray Dunbar, the father of a fallen soldier, at a rally on Sunday. "He has no right to lecture me," he said.';
    expect(printedSpeaker(object, 'He has')).toBe('Frank Ames');
  });
});

describe('a role word that is a named person’s surname, and a run carried past a new subject (s30 sp41)', () => {
  const ARTICLE = [
    'Strategist rebukes Bishop over debate jab',
    'Karen Ode on Thursday called on Howard Bishop to apologize to Peter Voss for mocking his health.',
    '“That was beneath him,” the campaign’s veteran strategist said in an interview. “He should take it back.”',
    'Bishop, a former party chairman and two-time candidate, needled Voss over his coughing during the debate, posting, “Notice Voss coughing all night. Flu season?”',
    'Bishop, a retired surgeon, then appeared on a morning show and said he would never diagnose anyone on television.',
    'He then defended the remark, saying, “I don’t think this is a strange question. Something was off with Voss that night.”',
  ].join('\n\n');
  const speakerOf = (start: string): string | null | undefined =>
    analyzeArticle(ARTICLE).quotes.find((q) => q.text.startsWith(start))?.speaker;

  it('reads "Bishop" as Howard Bishop, so his "He" is Bishop and not the man he talks about', () => {
    expect(speakerOf('I don’t think')).toBe('Howard Bishop');
  });

  it('does not carry the strategist description past Bishop, who became the subject', () => {
    expect(speakerOf('Notice Voss')).not.toBe('the campaign’s veteran strategist');
    expect(speakerOf('Notice Voss')).not.toBe('Peter Voss');
  });

  it('controls: the run still carries its speaker when no one else becomes the subject', () => {
    expect(speakerOf('He should take it back')).toBe(speakerOf('That was beneath him'));
    // A person in the previous quotation's own sentence ("where Tom Baker also spoke") is no new subject.
    const gala = analyzeArticle(
      'Headline\n\n“We will win this,” Senator Amy Walsh said at the dinner, where Tom Baker also spoke. “The state is ready.”',
    ).quotes.find((q) => q.text.startsWith('The state'))?.speaker;
    expect(gala).toBe('Amy Walsh');
    // A lone role word names no one when the copy has no person of that surname.
    const sentences = splitSentences(
      cleanArticle('Headline\n\nDean, a title the school gives its heads, is an old word. It has lasted.', {}),
    );
    expect(indexPeople(sentences).people.map((p) => p.name)).not.toContain('Dean');
  });
});

describe('the passive agent with its own relative clause is the speaker (s30 sp41)', () => {
  it('reads "criticised by Y, who said" as Y, not the passive subject', () => {
    const body = 'Mayor Carl Penn was criticised by Rita Holm, who said "the budget is a disgrace."';
    expect(speakerRules(body, 'the budget')[0]).toBe('Rita Holm');
    expect(printedSpeaker(body, 'the budget')).not.toBe('Carl Penn');
  });

  it('control: a relative clause inside the subject leaves the subject the speaker', () => {
    const body = 'Mayor Carl Penn, who chairs the board, said "the budget is sound."';
    expect(speakerRules(body, 'the budget')[0]).toBe('Carl Penn');
  });
});
