import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { prepareQuestions } from '../../src/core/prepare-questions';
import { findCues } from '../../src/core/question-cues';

// fu48b (session 48, audit 49 B-a49-14): open-question kinds on settled or later-reported facts. A pending act a
// later sentence reports done waits on nothing; a forecast of a quantity is nobody's decision; a company's "brands"
// dispute nothing. Each case has a near control that keeps its cue. Invented copy.

/** The cue kinds prepareQuestions keeps on the article sentence holding `marker`. */
function keptKinds(paragraphs: string[], marker: string): string[] {
  const analysis = analyzeArticle(['Harbour board meets over pier', '', ...paragraphs].join('\n\n'));
  const prepared = prepareQuestions(analysis);
  const index = analysis.sentences.findIndex((s) => s.text.includes(marker));
  expect(index).toBeGreaterThanOrEqual(0);
  const evidence = prepared.sentences[index]!;
  return evidence.cue ? [evidence.cue.kind] : [];
}

const kinds = (text: string): string[] => findCues(text).map((c) => c.kind);
const shapes = (text: string): string[] => findCues(text).map((c) => c.shape);

describe('a pending act a later sentence reports done is settled', () => {
  const VOTE = 'The Kelmsby harbour board will vote on the pier lease on Thursday, a spokesman said.';
  const OPEN = 'The lease has been held by the same family for forty years.';

  it('"will vote … on Thursday" then "On Thursday, the board voted …"', () => {
    const done = 'On Thursday, the board voted seven to two to renew the lease.';
    expect(keptKinds([VOTE, OPEN, done], 'will vote')).toEqual([]);
  });

  it('control: another vote told in the past, no shared day or name, leaves it pending', () => {
    const other = 'Last year the board voted against a plan for a new slipway.';
    expect(keptKinds([VOTE, OPEN, other], 'will vote')).toEqual(['pending']);
  });

  // fu48c (review 49, B-r49-11): the infinitive is now a word check with no pattern built per cue; this guards it.
  it('control: the act again only as an infinitive ("asked the council to vote") leaves it pending', () => {
    const asked = 'On Thursday, the board voted to ask the town council to vote on the pier lease first.';
    expect(keptKinds([VOTE, OPEN, asked], 'will vote')).toEqual(['pending']);
  });

  const COURT = 'A woman, aged in her 50s, is due to appear before Carrowmore District Court on Wednesday.';

  it('"is due to appear before … court on Wednesday" then the hearing at that court that day', () => {
    const heard = 'At Carrowmore District Court on Wednesday, Aoife Drennan, 52, was remanded on bail.';
    expect(keptKinds([COURT, heard], 'is due to appear')).toEqual([]);
  });

  it('"is due to appear before … court" then "… appeared before" that court, the accused by name', () => {
    const heard =
      'Aoife Drennan, 52, of Mill Lane, appeared before Carrowmore District Court and was remanded on bail.';
    expect(keptKinds([COURT, heard], 'is due to appear')).toEqual([]);
  });

  it('controls: a later sentence still looking forward, or one at another day, leaves it pending', () => {
    const ahead = 'She was due to appear at Carrowmore District Court on Wednesday but the case was listed again.';
    expect(keptKinds([COURT, ahead], 'is due to appear')).toEqual(['pending']);
    const elsewhere = 'She was released from Carrowmore Garda Station on Monday evening.';
    expect(keptKinds([COURT, elsewhere], 'is due to appear')).toEqual(['pending']);
  });
});

// fu49b (audit 50, B-a50-10): a live page runs newest first, so the entries above a pending act are told after it;
// and an act on a lone unnamed place ("visit the area") is reported by the same actor doing it, the place named.
describe('a pending act a live page reports in a later entry, or the same actor does at a named place, is settled', () => {
  const CUE = 'The transport secretary is expected to visit the area this afternoon.';
  const FILLER = [
    '16:10 The harbour master said the sea wall had held overnight.',
    '15:30 Ferries to Oxley remain cancelled.',
  ];

  it('entries on falling times: the 17:05 entry above the 14:00 one reports the visit', () => {
    const left = '17:05 Update: The transport secretary has left Kelmsby after a three-hour visit.';
    expect(keptKinds([left, ...FILLER, `14:00 Welcome to our coverage of the storm. ${CUE}`], 'is expected')).toEqual(
      [],
    );
  });

  it('controls: entries on rising times, or another actor above, leave it pending', () => {
    const earlier = '09:05 The transport secretary has left Kelmsby after a three-hour visit.';
    const rising = ['10:10 The harbour master said the sea wall had held.', '11:30 Ferries to Oxley remain cancelled.'];
    expect(keptKinds([earlier, ...rising, `14:00 More rain is forecast. ${CUE}`], 'is expected')).toEqual(['pending']);
    const other = '17:05 Update: The council leader has left Kelmsby after a three-hour visit.';
    expect(keptKinds([other, ...FILLER, `14:00 More rain is forecast. ${CUE}`], 'is expected')).toEqual(['pending']);
  });

  it('"is expected to visit the site" then "The secretary visited Brackley …"', () => {
    const cue = 'The health secretary is expected to visit the site this morning.';
    const done = 'The secretary visited Brackley on Monday morning and met nurses.';
    expect(keptKinds([cue, 'Staff have waited months for news.', done], 'is expected')).toEqual([]);
  });

  it('controls: an object of two words, or another actor, leaves it pending', () => {
    const defences = 'The health secretary is expected to visit the flood defences this morning.';
    const done = 'The secretary visited Brackley on Monday morning and met nurses.';
    expect(keptKinds([defences, done], 'is expected')).toEqual(['pending']);
    const cue = 'The health secretary is expected to visit the site this morning.';
    expect(keptKinds([cue, 'The mayor visited Brackley on Monday morning.'], 'is expected')).toEqual(['pending']);
  });
});

describe('a forecast of a quantity is no pending decision', () => {
  it('"is expected to pass 9,000 by 2030", "is expected to rise by 12%"', () => {
    expect(kinds('The number of licensed taxis in Dunmere is expected to pass 9,000 by 2030.')).not.toContain(
      'pending',
    );
    expect(kinds('Bus fares in Dunmere are expected to rise by 12% next spring.')).not.toContain('pending');
  });

  it('controls: a figure the act counts, a decision by a year, stay pending', () => {
    expect(kinds('The taxi board is expected to approve 9,000 new licences by 2030.')).toContain('pending');
    expect(kinds('The Dunmere council is expected to vote by 2030.')).toContain('pending');
  });
});

describe('a company’s brands dispute nothing', () => {
  it('"weaker demand for its frozen dessert brands." carries no dispute', () => {
    const text = 'Orchard Mills said profit fell 12% on weaker demand for its frozen dessert brands.';
    expect(kinds(text)).not.toContain('disputed');
  });

  it('controls: the verb with its object and complement is still a challenge', () => {
    expect(shapes('The union leader branded the pay offer "an insult".')).toContain('challenge');
    expect(shapes('Mr Hale branded Ms Orr "a liar" during the debate.')).toContain('challenge');
  });
});
