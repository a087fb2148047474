import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findNameRuns } from '../../src/core/name-runs';
import { whoIsWho } from '../../src/core/who-is-who';

const read = (...paragraphs: string[]) => analyzeArticle(paragraphs.join('\n\n'), { title: 'Dam audit ordered' });
const speakers = (...paragraphs: string[]) => read(...paragraphs).quotes.map((q) => q.speaker);
const statedBy = (...paragraphs: string[]) => read(...paragraphs).statements.map((s) => s.speaker);
const listed = (...paragraphs: string[]) => whoIsWho(read(...paragraphs)).people.map((p) => p.name);
const runs = (text: string) => findNameRuns(text).map((r) => text.slice(r.start, r.end));

/** Audit 53, B-a53-2: a lower-case word of no English inside a name ("wa", "arap") is a particle of it. */
describe('a short lower-case word that is no English word joins the name it stands in', () => {
  const commissioner = (name: string) =>
    `County Commissioner ${name}, who oversees the water board, said the dam audit would start in May.`;
  const quote = '"Every contract will be opened to the public," Mr Mbugua said on Friday.';
  const mca = (name: string) => `Soy MCA ${name} said he would table the matter before the assembly.`;

  it('reads "Njoroge wa Mbugua" and "Cheruiyot arap Koech" as one person each', () => {
    const copy = [commissioner('Njoroge wa Mbugua'), quote, mca('Cheruiyot arap Koech')];
    expect(speakers(...copy)).toEqual(['Njoroge wa Mbugua']);
    expect(listed(...copy)).toEqual(['Njoroge wa Mbugua', 'Cheruiyot arap Koech']);
    expect(runs('Elder Lekishon ole Kisemei spoke first.')).toEqual(['Elder Lekishon ole Kisemei']);
  });

  it('the same copy without the particle, and English words between names, read as before (control)', () => {
    const copy = [commissioner('Njoroge Mbugua'), quote, mca('Cheruiyot Koech')];
    expect(speakers(...copy)).toEqual(['Njoroge Mbugua']);
    expect(listed(...copy)).toEqual(['Njoroge Mbugua', 'Cheruiyot Koech']);
    expect(runs('Wekesa rips Otieno amid Kisumu cheers.')).toEqual(['Wekesa', 'Otieno', 'Kisumu']);
  });
});

/** Audit 53, B-a53-3: "Chaudhry Sahib" is the one full name opening with "Chaudhry", addressed with respect. */
describe('a title written after a name links it to the one full name it opens', () => {
  const lead = 'Sindh Education Minister Chaudhry Tariq Mahmood said on Tuesday that new schools would open in March.';

  it('credits "Chaudhry Sahib said" to Chaudhry Tariq Mahmood and lists no "Sahib"', () => {
    const quote = '"Every child will have a desk," Chaudhry Sahib said while visiting a school in Hyderabad.';
    expect(speakers(lead, quote)).toEqual(['Chaudhry Tariq Mahmood']);
    expect(listed(lead, quote)).toEqual(['Chaudhry Tariq Mahmood']);
  });

  it('"Mr Mahmood said" links as before, and two full names opening with the word link neither (control)', () => {
    expect(speakers(lead, '"Every child will have a desk," Mr Mahmood said in Hyderabad.')).toEqual([
      'Chaudhry Tariq Mahmood',
    ]);
    const rival = 'His deputy, Chaudhry Asif Nawaz, said the buildings were not ready.';
    const quote = '"Every child will have a desk," Chaudhry Sahib said while visiting a school in Hyderabad.';
    expect(speakers(lead, rival, quote)).toEqual(['Chaudhry Sahib']);
  });
});

/** Audit 53, B-a53-12: an untitled family name that opens one full name, surname first, is that person. */
describe('an untitled lone word that opens one full name and closes none is that name', () => {
  it('credits "Fujimoto said" to Fujimoto Haruki and lists one person', () => {
    const copy = [
      'Trade Minister Fujimoto Haruki said on Monday the government would cut tariffs on farm machinery.',
      'Fujimoto said the cuts would take effect in April.',
      'Fujimoto added that exporters had been consulted.',
    ];
    expect(statedBy(...copy)).toEqual(['Fujimoto Haruki', 'Fujimoto Haruki', 'Fujimoto Haruki']);
    expect(listed(...copy)).toEqual(['Fujimoto Haruki']);
  });

  it('the given name first reads as before, and a place opening a name is no mention of it (control)', () => {
    const copy = [
      'Trade Minister Haruki Fujimoto said on Monday the government would cut tariffs on farm machinery.',
      'Fujimoto said the cuts would take effect in April.',
    ];
    expect(statedBy(...copy)).toEqual(['Haruki Fujimoto', 'Haruki Fujimoto']);
    expect(
      listed(
        'Producer Kenya Barris said the series would be shot on location next year.',
        'The crew will spend three months in Kenya before moving to Lagos.',
      ),
    ).toEqual(['Kenya Barris']);
    // A firm's name is no titled person's: "Kestrel said" stays the firm's, not a person "Kestrel Marlowe".
    const firm = listed(
      'Shares in Kestrel Marlowe rose 4% on talk of a takeover bid.',
      'Kestrel said it was seeking buyers but would not comment on specifics.',
    );
    expect(firm).not.toContain('Kestrel Marlowe');
  });
});
