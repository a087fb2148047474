import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 55, audit 56's B-a56-11 and B-a56-12: roles in shapes features and the legal and regional press use —
 * a bare person noun before a name with an age, "a <noun> named X", a possessive body's role before a name with a
 * post-nominal, counsel named by firm and party, and "He is the <role>" opening the sentence after the name.
 * Copy written for the tests.
 */
const listed = (...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Harbour row deepens', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.map(
    (p) => `${p.name} — ${p.role ?? '-'}`,
  );

describe('who is who, roles the copy gives on introducing someone', () => {
  it('reads a bare person noun before a name and its age', () => {
    expect(
      listed(
        'In the port of Almara, skipper Tobias Renwick, 61, said he had heard nothing from the ministry.',
        '"We are the last to know," he said.',
      ),
    ).toContain('Tobias Renwick — skipper');
  });

  it('control: a verb before the name and its age gives no role', () => {
    expect(
      listed(
        'The ministry never told Tobias Renwick, 61, about the quota cut.',
        '"We are the last to know," Renwick said.',
      ),
    ).toContain('Tobias Renwick — -');
  });

  it('reads "a <noun> named X"', () => {
    expect(
      listed(
        'At the hearing, a retired plumber named Gideon Farrow held up a jar of brown water.',
        '"Would you drink this?" Farrow asked.',
      ),
    ).toContain('Gideon Farrow — retired plumber');
  });

  it("reads a possessive body's role before a name with a post-nominal", () => {
    expect(
      listed(
        "Welsh Labour's transport spokesman, Bryn Caddick MSP, said the plan was 'a disgrace' for the valleys.",
        "'It is a disgrace,' Mr Caddick said.",
      ),
    ).toContain("Bryn Caddick — Welsh Labour's transport spokesman");
  });

  it('reads counsel by firm and the party argued for or represented', () => {
    const people = listed(
      'Harold Pemberton of Blackwood Tarrant LLP, arguing for Corvane, told the court the files were copied in March.',
      'Lucinda Ashgrove of Penrose & Dahl LLP, representing Skylark, said the claims had no basis.',
      '"They were backups," Ashgrove said.',
    );
    expect(people).toContain('Harold Pemberton — counsel for Corvane (Blackwood Tarrant LLP)');
    expect(people).toContain('Lucinda Ashgrove — counsel for Skylark (Penrose & Dahl LLP)');
  });

  it("control: without a law firm's legal form the representative is not called counsel", () => {
    expect(
      listed(
        'Lucinda Ashgrove of Penrose Dairies, representing Skylark, said the claims had no basis.',
        '"They were backups," Ashgrove said.',
      ).join(' '),
    ).not.toContain('counsel');
  });

  it('reads "He is the <role>" opening the sentence after the name', () => {
    expect(
      listed(
        "Benedict Okafor does not agree. He is the orchard's operations director, a quiet man who keeps the logs.",
        '"We did not cause this," Okafor said.',
      ),
    ).toContain("Benedict Okafor — orchard's operations director");
  });

  it('control: "He is" and an age is no role', () => {
    expect(
      listed(
        'Benedict Okafor does not agree. He is 58, and he keeps the logs.',
        '"We did not cause this," Okafor said.',
      ),
    ).toContain('Benedict Okafor — -');
  });
});
