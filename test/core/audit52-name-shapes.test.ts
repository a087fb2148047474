import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const read = (...paragraphs: string[]) =>
  analyzeArticle(paragraphs.join('\n\n'), { title: 'Costs climb in the estate' });
const speakers = (...paragraphs: string[]) => read(...paragraphs).quotes.map((q) => q.speaker);
const listed = (...paragraphs: string[]) => whoIsWho(read(...paragraphs)).people;

/** Audit 52, B-a52-8: "Mr Ong" after "Mr Ong Boon Hock" is him, the name written surname first. */
describe('a titled lone word that opens one full name and closes none is that person', () => {
  const full = 'Mr Ong Boon Hock, 61, a retired bus captain, said fares had climbed twice this year.';
  it('credits "said Mr Ong" to Ong Boon Hock and lists one person', () => {
    const quote = '"I take the train now, even for short trips," said Mr Ong.';
    expect(speakers(full, quote)).toEqual(['Ong Boon Hock']);
    expect(listed(full, quote).map((p) => p.name)).toEqual(['Ong Boon Hock']);
    expect(
      speakers(
        'Dr Chua Li Ting, who runs a clinic in the estate, said more patients were skipping visits.',
        '"People wait until it hurts," Dr Chua said.',
      ),
    ).toEqual(['Chua Li Ting']);
  });

  it('lists a surname-first name with a hyphened given name once, with its role', () => {
    const named = listed(
      'Choi Min-jun, the trade envoy of South Korea, arrived in Geneva on Sunday.',
      'Mr. Choi met his counterparts on Monday.',
      '"We want the tariffs gone by spring," Mr. Choi said after the talks.',
    );
    expect(named).toEqual([{ name: 'Choi Min-jun', role: 'trade envoy of South Korea' }]);
  });

  it('keeps the surname reading where the copy closes a full name with the word (control)', () => {
    const quote = '"I take the train now, even for short trips," said Mr Ong.';
    expect(speakers('Mr Daniel Ong, 61, a retired bus captain, said fares had climbed.', quote)).toEqual([
      'Daniel Ong',
    ]);
  });

  it('never gives him an honorific of the other sex (control)', () => {
    const wife = '"We stopped taking the bus to the market," said Mrs Ong, who shops there daily.';
    expect(speakers(full, wife)).toEqual(['Ong']);
  });
});

/** Audit 52, B-a52-15: a hyphened particle's surname is part of the name the name finder reads. */
describe('a surname behind a hyphened particle is read with the name', () => {
  it('names the speaker of a tag and lists her with her role', () => {
    const paragraphs = [
      'Wells in the valley have run dry for a second summer.',
      '"Water prices will double by spring," Nadia al-Rashidi, an engineer at the Tarsus Water Board, told reporters.',
    ];
    expect(speakers(...paragraphs)).toEqual(['Nadia al-Rashidi']);
    expect(listed(...paragraphs)).toContainEqual({
      name: 'Nadia al-Rashidi',
      role: 'engineer at the Tarsus Water Board',
    });
  });

  it('keeps the whole name of three words and links the titled surname to it', () => {
    const found = speakers(
      'Youssef Hamid al-Tamimi, the interior minister, visited the pumping station on Monday.',
      '"We will truck water to every village," Mr al-Tamimi said.',
    );
    expect(found).toEqual(['Youssef Hamid al-Tamimi']);
  });

  it('reads a name without a particle as before, and starts no name on a lone particle word (controls)', () => {
    expect(
      speakers('"Water prices will double by spring," Nadia Rashidi, an engineer at the Tarsus Water Board, said.'),
    ).toEqual(['Nadia Rashidi']);
    const entities = read('The attack was claimed by al-Shabab on Monday, officials said.').entities;
    expect(entities.map((e) => e.name)).not.toContain('al-Shabab');
  });
});

/** Audit 52, B-a52-14: a capitalised word the copy also writes in lower case is a title, not a given name. */
describe('a title the copy also writes in lower case is kept out of the name', () => {
  const elder = 'Kuia Mereana Tipoki, 88, told the gathering the river had been cleaner in her youth.';
  const quote = '"We swam here every summer and drank from it," she said.';
  it('names Mereana Tipoki, with the title as her role', () => {
    const paragraphs = [elder, quote, 'The trust will spend part of the money on kuia housing near the marae.'];
    expect(speakers(...paragraphs)).toEqual(['Mereana Tipoki']);
    expect(listed(...paragraphs)).toContainEqual({ name: 'Mereana Tipoki', role: 'Kuia' });
  });

  it('keeps a known given name, and a word the copy also uses as a name, in the name (controls)', () => {
    expect(speakers(elder.replace('Kuia', 'Rose'), quote, 'Water use rose by a fifth last year.')).toEqual([
      'Rose Mereana Tipoki',
    ]);
    const named = listed(
      'Long Wei Ming, 48, a ferry operator, said the river had been cleaner a long time ago.',
      '"We swam here every summer and drank from it," Long said.',
    );
    expect(named.map((p) => p.name)).toContain('Long Wei Ming');
  });
});
