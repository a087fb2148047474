import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 60 (who64), issue 13's who-is-who shapes: a traditional office in a language no role list holds, fronted
 * with "The … of <Place>," (audit 60's B-a60-11); "his wife", "his lawyer" apposed after a name, owned by the one person
 * the sentence before names (B-a60-18); a form of address the copy itself shows to be one ("Bapak", "Datuk Seri";
 * B-a60-12); a figurative head the copy rates ("rising star") is no role. Copy written for the tests.
 */
const listed = (...paragraphs: string[]) =>
  whoIsWho(
    analyzeArticle(['Village row over sea wall', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')),
  ).people.map((p) => `${p.name} — ${p.role ?? '-'}`);

describe('who is who, session 60 shapes', () => {
  it('reads a fronted office whose head is no English word, with "of" and a place, as the role', () => {
    expect(
      listed(
        'The Vunivalu of Lomai, Semi Laga, said the elders had agreed to the wall.',
        '"The sea takes more every year," Laga said.',
      ),
    ).toContain('Semi Laga — Vunivalu of Lomai');
  });

  it('control: an English head before "of" is no office of the name after the comma', () => {
    const people = listed(
      'The Bank of Lomai, Semi Laga said on Monday, would lend for the wall.',
      '"The loan is ready," Laga said.',
    );
    expect(people).toContain('Semi Laga — -');
  });

  it('gives "his wife" after a name to the one man the sentence before names', () => {
    expect(
      listed(
        'Tom Reed, 64, was swept off the quay on Friday.',
        'Mrs Jean Reed, his wife, said he had warned the council for years.',
        '"Nobody listened to him," Mrs Reed said.',
      ),
    ).toContain('Jean Reed — Tom Reed’s wife');
  });

  it('control: with two men named before it, whose lawyer stays unsaid', () => {
    const people = listed(
      'Tom Reed and Alan Pike were charged on Friday.',
      'Dr Jean Moss, his lawyer, said the charge would be fought.',
      '"There is no case," Moss said.',
    );
    expect(people).toContain('Jean Moss — lawyer');
  });

  it('control: a woman named before "his wife" owns nothing', () => {
    const people = listed(
      'Tessa Reed, 64, was swept off the quay on Friday.',
      'Mrs Jean Reed, his wife, said he had warned the council for years.',
      '"Nobody listened to him," Mrs Reed said.',
    );
    expect(people.find((p) => p.startsWith('Jean Reed'))).toBe('Jean Reed — -');
  });

  it('learns a form of address the copy writes before two people', () => {
    const people = listed(
      'Bapak Gede Artawan, the head of the village water board, said the wells were dry.',
      '"We have asked for tankers," Bapak Artawan said.',
      'Bapak Nyoman Sudira, a rice farmer, said his crop had failed.',
    );
    expect(people).toContain('Gede Artawan — head of the village water board');
    expect(people).toContain('Nyoman Sudira — rice farmer');
  });

  it('takes a word before one person only, with and without a middle name, as a given name (review63 R63-4)', () => {
    const people = listed(
      'Former governor Amani Otieno Wekesa opened the sea wall on Friday.',
      '"The wall will hold for fifty years," Amani Wekesa told the crowd.',
      'Bapak Gede Artawan, the head of the village water board, said the wells were dry.',
      '"We have asked for tankers," Bapak Artawan said.',
    );
    expect(people).toContain('Amani Otieno Wekesa — Former governor');
    // One person's surname alone is no evidence either way: the name stays as the copy wrote it (say less).
    expect(people.some((p) => p.startsWith('Gede Artawan'))).toBe(false);
  });

  it('learns a two-word form of address and lists the person once', () => {
    const people = listed(
      'Datuk Seri Hamzah Idris said the bridge would open in May.',
      '"The money is there," Datuk Seri Hamzah said.',
      'Datuk Lim Keng said the date was too early.',
    );
    expect(people).toEqual(['Hamzah Idris — -', 'Lim Keng — -']);
  });

  it('control: a family name the copy also writes alone is no form of address', () => {
    const people = listed(
      'Lim Boon Keat said the ferry would run twice a day.',
      '"The boats are ready," Lim said.',
      'Lim Siew Ling, a trader, said the fares were too high.',
    );
    expect(people).toContain('Lim Boon Keat — -');
  });

  it('gives no role from how the copy rates someone ("rising star")', () => {
    const people = listed(
      "The party's rising star Nia Kerr said the wall would cost too much.",
      '"We cannot pay for it," Kerr said.',
    );
    expect(people).toContain('Nia Kerr — -');
  });

  it('control: "star" after a show\'s quoted title stays the role', () => {
    const people = listed(
      '“Harbour Lights” star Nia Kerr said the wall would cost too much.',
      '"We cannot pay for it," Kerr said.',
    );
    expect(people).toContain('Nia Kerr — star');
  });
});
