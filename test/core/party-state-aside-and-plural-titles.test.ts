import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/clean-article';
import { indexPeople } from '../../src/core/people';
import { splitSentences } from '../../src/core/split-sentences';

/*
 * Issue 11, session 35 (split35): a party-state tag set off by commas (", R-Ore.,") hid the name's verb, so the
 * name lost the subject flag the pronoun and run rules read; a plural title ("Govs.") ended its sentence. The copy
 * is written for the test.
 */

function sentencesOf(body: string) {
  return splitSentences(cleanArticle(`Budget talks\n\n${body}`));
}

function subjectFlags(body: string): string[] {
  return indexPeople(sentencesOf(body))
    .mentions.flat()
    .map((m) => `${m.person.name}${m.subject ? ' (subject)' : ''}`);
}

describe('a comma-set party-state tag keeps the name the subject of its verb', () => {
  it('reads "Tom Hadley, R-Ore., said" and "Ann Kuster, D-New Mexico, told" as subjects', () => {
    expect(subjectFlags('Senate leader Tom Hadley, R-Ore., said the bill would pass.')).toEqual([
      'Tom Hadley (subject)',
    ]);
    expect(subjectFlags('Rep. Ann Kuster, D-New Mexico, told reporters the vote was close.')).toContain(
      'Ann Kuster (subject)',
    );
  });

  it('keeps the controls: the bracketed tag and an age are read on both, a list after the tag is no subject', () => {
    expect(subjectFlags('Senate leader Tom Hadley (R-Ore.) said the bill would pass.')).toEqual([
      'Tom Hadley (subject)',
    ]);
    expect(subjectFlags('Senate leader Tom Hadley, 61, said the bill would pass.')).toEqual(['Tom Hadley (subject)']);
    expect(subjectFlags('Tom Hadley, R-Ore., and Carl Brooks met on Friday.')).toContain('Tom Hadley');
  });
});

describe('plural title abbreviations do not end a sentence', () => {
  it('keeps "Govs. Ray Kline and Ann Dunn" and "Gens. Ray Kline and Ann Dunn" in their sentence', () => {
    expect(sentencesOf('Govs. Ray Kline and Ann Dunn signed the pact. Then they left.').map((s) => s.text)).toEqual([
      'Govs. Ray Kline and Ann Dunn signed the pact.',
      'Then they left.',
    ]);
    expect(sentencesOf('The retired Gens. Ray Kline and Ann Dunn spoke. Then they left.').map((s) => s.text)).toEqual([
      'The retired Gens. Ray Kline and Ann Dunn spoke.',
      'Then they left.',
    ]);
  });

  it('keeps the controls: a singular title, "Sens." and a plain stop', () => {
    expect(sentencesOf('Sens. Ray Kline and Ann Dunn met. Gov. Ray Kline left. The end.').map((s) => s.text)).toEqual([
      'Sens. Ray Kline and Ann Dunn met.',
      'Gov. Ray Kline left.',
      'The end.',
    ]);
  });
});
