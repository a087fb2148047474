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
    'Nobody disputes that the bridge needs repair.',
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

describe('hostile copy', () => {
  it('reads thousands of repeated cue words in linear time', () => {
    const long = `${'the disputes that were dismissed and intended to say '.repeat(2000)}.`;
    expect(Array.isArray(shapes(long))).toBe(true);
  });
});
