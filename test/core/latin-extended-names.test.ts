import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { tokenize } from '../../src/core/tokenize';
import { whoIsWho } from '../../src/core/who-is-who';

const brief = (copy: string) => {
  const analysis = analyzeArticle(copy, { title: 'Ferry fares rise' });
  const people = whoIsWho(analysis).people.map((p) => `${p.name} — ${p.role ?? ''}`);
  return { people, speakers: analysis.statements.map((s) => s.speaker) };
};

/**
 * Audit 62, B-a62-1: a capitalised word holding a letter of Latin Extended Additional (ố ễ ầ) or Extended-A/B (Đ ş ı)
 * was no part of a name: "Lê Quốc Bảo" was cut to "Lê Qu", "Nguyễn Văn Hùng" lost "Nguyễn", "Đặng" was dropped.
 */
describe('names spelled with letters beyond Latin-1', () => {
  it('tokenizes a Vietnamese or Turkish word whole', () => {
    expect(tokenize('Phan Quốc Tuấn and Đoàn Yılmaz').map((w) => w.text)).toEqual([
      'Phan',
      'Quốc',
      'Tuấn',
      'and',
      'Đoàn',
      'Yılmaz',
    ]);
  });

  it('keeps the whole name and its apposed role', () => {
    const { people, speakers } = brief(
      'Hồ Quốc Tuấn, chairman of the ferry operators’ guild, said the fares would rise in June.\n\n' +
        'Đinh Thị Lan, a nurse at the island clinic, said patients could not afford the crossing.\n\n' +
        'Ertuğrul Kılıç, a fisherman, said the harbour was half empty.\n\n' +
        'Commuters at Bạch Đằng Pier say the queues are longer every week.',
    );
    expect(speakers).toEqual(['Hồ Quốc Tuấn', 'Đinh Thị Lan', 'Ertuğrul Kılıç', 'Commuters at Bạch Đằng Pier']);
    expect(people).toEqual(
      expect.arrayContaining([
        'Hồ Quốc Tuấn — chairman of the ferry operators’ guild',
        'Đinh Thị Lan — nurse at the island clinic',
        'Ertuğrul Kılıç — fisherman',
      ]),
    );
  });

  it('reads a title before a surname ending on such a letter ("Economist Dr. … Kılıç")', () => {
    const { people } = brief(
      'Economist Dr. Aylin Kılıç of the Black Sea Institute told reporters the fares were too high. ' +
        '"Nobody can see how the price is set," Kılıç said.',
    );
    expect(people).toContain('Aylin Kılıç — Economist');
  });
});
