import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * kind51 (issue 13): the same letters as a cue word, read as another word by their grammar. Copy written for the
 * test, in US and British house styles.
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('"disputes" after a determiner is the noun: no conflict', () => {
  it.each([
    'The treaty came as the two kingdoms were settling many disputes that had soured trade for years.',
    'Behind the row over parking lies a dispute that is really about the old mill.',
    'The league’s disputes that season were all about money.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('conflict');
  });
  it.each([
    'The ferry company disputes the council’s figures.',
    // A subject that says no one disputes grants the claim (review 43, B-r43-10): the verb's control has a subject who does.
    'The harbour trust disputes that the bridge needs repair.',
    'The union disputes this account of the meeting.',
  ])('control: %s keeps its conflict', (text) => {
    expect(shapes(text)).toContain('conflict');
  });
});

describe('a passive "dismissed" with no "as" or "by" is a removal: no challenge', () => {
  it.each([
    // Each on record (a quotation or a saying), so the narrated-conflict gate does not already strip it.
    'The presenter of “Farm Week”, who had worked for the station since 2015, was dismissed after posting the video.',
    'Two wardens were dismissed from their posts on Friday, the trust said.',
    'The case against the landlord was quickly dismissed, his lawyer said.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('challenge');
  });
  it.each([
    'The complaint was dismissed as nonsense by the club.',
    'Her fears were dismissed out of hand.',
    'The plan has been dismissed as unworkable by the unions.',
    'The claims were dismissed by the club as rubbish.',
    'The mayor dismissed the report.',
  ])('control: %s keeps its challenge', (text) => {
    expect(shapes(text)).toContain('challenge');
  });
});

describe('"was still largely unknown in" is fame: no unknown', () => {
  it('Until last year, Okafor was still largely unknown in the party’s northern branches.', () => {
    expect(shapes('Until last year, Okafor was still largely unknown in the party’s northern branches.')).not.toContain(
      'unclear',
    );
  });
  it.each(['The cause of the fire is still largely unknown.', 'How many tenants will move remains unknown.'])(
    'control: %s stays unknown',
    (text) => {
      expect(shapes(text)).toContain('unclear');
    },
  );
});

describe('a past purpose or a meaning is no plan to come', () => {
  it.each([
    'The levy was intended to deal a blow to the coal mines.',
    'The leaflets seemed intended to embarrass the vicar.',
    'A spokesman later said the minister misspoke and intended to say that the tax was a mistake.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('plan');
  });
  it.each([
    'The council intended to close the library next spring.',
    'The campaign is intended to stop drivers from idling outside schools.',
    'She said she intended to stand again.',
    'The club intends to appeal.',
  ])('control: %s keeps its plan', (text) => {
    expect(shapes(text)).toContain('plan');
  });

  it('the whole engine asks nothing of the purpose', () => {
    const article = [
      'Levy dropped',
      '',
      'The levy was intended to deal a blow to the coal mines, the region’s biggest employers.',
      '',
      'Ministers abandoned it in March.',
    ].join('\n');
    const { questions, sentences } = analyzeArticle(article);
    const id = sentences.find((s) => s.text.startsWith('The levy'))!.id;
    expect(questions.filter((q) => q.sentenceIds.includes(id))).toEqual([]);
  });
});

describe('review s38 B-r38-5: the gates read the grammar, not the cue’s neighbour', () => {
  it.each([
    'The two dispute the club’s account of the meeting.',
    'Both dispute the council’s figures for the car park.',
    'Many dispute that the bridge was ever safe.',
  ])('a plural subject of the verb "dispute": %s keeps its conflict', (text) => {
    expect(shapes(text)).toContain('conflict');
  });
  it.each(['The two disputes that followed were settled in court.', 'Both disputes that year were about parking.'])(
    'control: a plural noun after a quantifier stays the noun: %s',
    (text) => {
      expect(shapes(text)).not.toContain('conflict');
    },
  );

  it.each([
    'The union’s claims were dismissed in a statement from the club on Tuesday.',
    'Allegations of a cover-up were swiftly dismissed, the ferry company said on its website.',
    'His suggestions were dismissed at the meeting, a council spokesman said.',
  ])('something said, dismissed, is rejected: %s keeps its challenge', (text) => {
    expect(shapes(text)).toContain('challenge');
  });

  it.each([
    'The new stadium was intended to open in 2024, but it is still unfinished and the club has not set a date.',
    'The bypass was intended to open last spring, but it is not yet finished.',
    'The museum was intended to reopen in May, though it still has no roof.',
  ])('a missed plan still waits: %s keeps its plan', (text) => {
    expect(shapes(text)).toContain('plan');
  });
  it.each([
    'The levy was intended to deal a blow to the coal mines, but it did not.',
    'The levy was intended to deal a blow to the coal mines.',
  ])('control: a past purpose, met or not, stays no plan: %s', (text) => {
    expect(shapes(text)).not.toContain('plan');
  });

  it('the whole engine asks of the missed plan and the rejected claim', () => {
    const article = [
      'Stadium still not finished',
      '',
      'The new stadium was intended to open in 2024, but it is still unfinished and the club has not set a date.',
      '',
      'The union’s claims were dismissed in a statement from the club on Tuesday.',
      '',
      'The club, founded in 1921, has about 3,000 season-ticket holders.',
    ].join('\n');
    const { questions } = analyzeArticle(article);
    expect(questions.map((q) => q.kind)).toEqual(expect.arrayContaining(['pending', 'disputed']));
  });
});

describe('hostile copy', () => {
  it('reads thousands of repeated cue words in linear time', () => {
    const long = `${'the disputes that were dismissed and intended to say '.repeat(2000)}.`;
    expect(Array.isArray(shapes(long))).toBe(true);
  });
});
