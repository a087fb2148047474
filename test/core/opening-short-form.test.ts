import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/** Audit 60's B-a60-12: "<Title> <Given>" written later as the short form of "<Title> <Given> <Family>". */
const article = (...paragraphs: string[]) =>
  analyzeArticle(['Village votes on move', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));

describe('a two-word short form of one longer name', () => {
  it('is the same person, in who is who and as the speaker', () => {
    const a = article(
      'Roko Tevi Maraku, the district chief, said the village would vote in June.',
      '"We will not be rushed," Roko Tevi said.',
    );
    expect(whoIsWho(a).people.map((p) => p.name)).toEqual(['Roko Tevi Maraku']);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Roko Tevi Maraku']);
  });

  it('leaves it alone when two longer names open with the same two words', () => {
    const a = article(
      'Ana Lusi Tora, a teacher, said the school would close. Ana Lusi Vete, a nurse, said the clinic would stay.',
      '"We are ready," Ana Lusi said.',
    );
    expect(a.quotes.map((q) => q.speaker)).not.toContain('Ana Lusi Tora');
    expect(a.quotes.map((q) => q.speaker)).not.toContain('Ana Lusi Vete');
  });
});
