import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/*
 * Issue 13, session 46 (who50; review B-r45-14, after who49's town-before-state): "said Macon, Ga. Police Chief Mike
 * Burns" credited the quotation to "Macon": the tag's subject after the verb stopped at the town's comma. A town and
 * its abbreviated state open the subject; the speaker is the officer after them. The copy is written for the test.
 */
const speakers = (body: string) => analyzeArticle(`Bridge closed after crash\n\n${body}`).quotes.map((q) => q.speaker);

describe('the speaker after a town and its abbreviated state', () => {
  it('credits the officer after "said Dunmore, Ga." and "said Bellport, N.J.", not the town', () => {
    expect(speakers('"Be patient," said Dunmore, Ga. Police Chief Rhea Calloway.')).toEqual(['Rhea Calloway']);
    expect(speakers('"The bridge is shut," said Bellport, N.J. Mayor Ilsa Marchetti.')).toEqual(['Ilsa Marchetti']);
  });

  it('control: the officer named before the town keeps the quotation', () => {
    expect(speakers('"Be patient," said Police Chief Rhea Calloway of Dunmore, Ga.')).toEqual(['Rhea Calloway']);
  });
});
