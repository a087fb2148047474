import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { speakerNames } from '../../src/core/joint-speaker';
import { whoIsWho } from '../../src/core/who-is-who';

const analyze = (body: string) => analyzeArticle(`Ferry levy in brief\n\nThe vote was close on Tuesday. ${body}`);
const speakers = (body: string): Array<string | null> => analyze(body).quotes.map((q) => q.speaker);

/**
 * Session 62 (sp77), issue 11: US copy lists lawmakers with party and state ("Sens. A (D-Ore.), B (D-Ohio) and C
 * (D-N.J.) said"); the words are all of theirs, so crediting the last name alone says what the copy does not.
 */
describe('joint speakers listed with party tags', () => {
  it('credits all three of a list with party tags in a tag after the quotation', () => {
    expect(
      speakers(
        '"We will not fund a ferry nobody rides," Reps. Marta Greer (D-Wash.), Tom Halvorsen (D-Ore.) and Ann Pike (R-Idaho) said in a statement.',
      ),
    ).toEqual(['Marta Greer, Tom Halvorsen and Ann Pike']);
  });

  it('credits both of a pair with party tags', () => {
    expect(
      speakers(
        '"We will not fund a ferry nobody rides," Rep. Marta Greer (D-Wash.) and Rep. Tom Halvorsen (D-Ore.) said.',
      ),
    ).toEqual(['Marta Greer and Tom Halvorsen']);
  });

  it('credits all three of an inverted tag ("said A, B and C")', () => {
    expect(speakers('"We will not fund a ferry nobody rides," said Mary Greer, John Walsh and Ann Pike.')).toEqual([
      'Mary Greer, John Walsh and Ann Pike',
    ]);
  });

  it('keeps the first name of an inverted tag whose comma opens an appositive (control)', () => {
    expect(speakers('"We will not fund a ferry nobody rides," said Mary Greer, the harbour master.')).toEqual([
      'Mary Greer',
    ]);
  });

  it('names no one for a list of five', () => {
    expect(
      speakers(
        '"We will not fund a ferry nobody rides," Marta Greer, Tom Halvorsen, Ann Pike, Jo Bell and Sam Ruiz said.',
      ),
    ).toEqual([null]);
  });

  it('lists each of a quoted three in the who-is-who', () => {
    const who = whoIsWho(
      analyze(
        '"We will not fund a ferry nobody rides," Reps. Marta Greer (D-Wash.), Tom Halvorsen (D-Ore.) and Ann Pike (R-Idaho) said. The levy goes to the board next week.',
      ),
    );
    expect(who.people.map((p) => p.name).sort()).toEqual(['Ann Pike', 'Marta Greer', 'Tom Halvorsen']);
  });

  it('prints a statement of a listed three with a floated "all" as theirs', () => {
    const statements = analyze(
      'Sens. Mary Greer (D-Wash.), John Walsh (D-Ore.) and Ann Pike (R-Idaho) all suggested that the filings could be grounds for a fraud case.',
    ).statements;
    expect(statements.map((s) => s.speaker)).toEqual(['Mary Greer, John Walsh and Ann Pike']);
  });

  it('splits a printed list into its names, and nothing else', () => {
    expect(speakerNames('Ann Lee, Tom Ruiz and Jo Bell')).toEqual(['Ann Lee', 'Tom Ruiz', 'Jo Bell']);
    expect(speakerNames('Ann Lee, Tom Ruiz, Jo Bell and Sam Ruiz')).toEqual([
      'Ann Lee',
      'Tom Ruiz',
      'Jo Bell',
      'Sam Ruiz',
    ]);
    expect(speakerNames('Smith, Jones and Brown')).toEqual(['Smith, Jones and Brown']);
  });
});
