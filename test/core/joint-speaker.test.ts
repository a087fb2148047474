import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { speakerNames } from '../../src/core/joint-speaker';
import { whoIsWho } from '../../src/core/who-is-who';

const analyze = (body: string) => analyzeArticle(`Ferry levy in brief\n\n${body}`);
const quotes = (body: string): Array<[string, string | null]> => analyze(body).quotes.map((q) => [q.text, q.speaker]);

/**
 * Session 54 (sp67), issue 11: a quotation whose tag names two people together is the pair's; crediting one of them
 * says what the copy does not (a list of three or four is credited to all of them since session 62).
 */
describe('joint speakers', () => {
  it('credits both of two named members of a group in apposition, not the first', () => {
    expect(
      quotes(
        'The levy passed on Tuesday. Two Green Party lawmakers, MK Marta Voss and MK Henrik Dahl, told the paper: "We will not fund this scheme in any form."',
      ),
    ).toEqual([['We will not fund this scheme in any form.', 'Marta Voss and Henrik Dahl']]);
  });

  it('reads the first name after a plural noun the name reader does not know as a role ("Ferrymen A and B")', () => {
    expect(
      quotes('The levy was close. Ferrymen Anna Greer and Tom Halvorsen said "the levy is dead on arrival."'),
    ).toEqual([['the levy is dead on arrival.', 'Anna Greer and Tom Halvorsen']]);
  });

  it('carries the pair onto the quotation that runs on from the tagged one', () => {
    expect(
      quotes('"We will block this levy," said Anna Greer and Tom Halvorsen. "It is a bad levy."').map((q) => q[1]),
    ).toEqual(['Anna Greer and Tom Halvorsen', 'Anna Greer and Tom Halvorsen']);
  });

  it('credits all of a list of three (session 62), as it does a pair', () => {
    expect(
      quotes('The meeting ran late. In a statement, Mayor Ann Lee, Tom Ruiz and Jo Bell said "the levy is dead."'),
    ).toEqual([['the levy is dead.', 'Ann Lee, Tom Ruiz and Jo Bell']]);
  });

  it('keeps one speaker when the other name is the object ("spoke with A and B") (control)', () => {
    expect(
      quotes('The talks ended. Ann Lee spoke with Tom Ruiz and Jo Bell on Monday. "The levy is dead," Bell said.'),
    ).toEqual([['The levy is dead,', 'Jo Bell']]);
  });

  it('prints a statement of two as theirs', () => {
    const statements = analyze(
      'The levy was close. Anna Greer and Tom Halvorsen said that the levy was dead on arrival.',
    ).statements;
    expect(statements.map((s) => s.speaker)).toEqual(['Anna Greer and Tom Halvorsen']);
  });

  it('lists both of a quoted pair as quoted people in the who-is-who', () => {
    const who = whoIsWho(
      analyze(
        'The vote was close on Monday in the county hall. Ferrymen Anna Greer and Tom Halvorsen said "the levy is dead on arrival." The levy goes to the board next week.',
      ),
    );
    expect(who.people.map((p) => p.name)).toEqual(['Anna Greer', 'Tom Halvorsen']);
  });

  it('splits a printed pair into its two names, and nothing else', () => {
    expect(speakerNames('Anna Greer and Tom Halvorsen')).toEqual(['Anna Greer', 'Tom Halvorsen']);
    expect(speakerNames('the Food and Drug Administration')).toEqual(['the Food and Drug Administration']);
    expect(speakerNames('Ann Lee')).toEqual(['Ann Lee']);
  });
});
