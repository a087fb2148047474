import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 61 (sp76), audit 62's B-a62-4: "A spokesperson for <body> said the <role> would <act> "<fragment>"" after a
// named holder of that role: the act is still to come, so the quoted words are the spokesperson's, not the holder's
// (and the open question built from them names the spokesperson). Invented copy.
const analyse = (...lines: string[]) => analyzeArticle(['Harbour permits under review', ...lines].join('\n\n'));
const named = 'Fisheries Minister Petra Lind said on Friday that she would look at the harbour permits again.';

describe('a quoted fragment in a reported clause about an act to come', () => {
  it('credits the reporting spokesperson when the clause verb is no speech verb', () => {
    const a = analyse(
      named,
      'A spokesperson for the Fisheries Ministry said the minister would decide "once the divers are done".',
    );
    expect(a.quotes.at(-1)?.speaker).toBe('a spokesperson for the Fisheries Ministry');
    expect(a.questions.map((q) => q.text).join('\n')).not.toContain('Petra Lind');
  });

  it('credits the spokesperson when the modal verb is a speech verb with its object before the quotation', () => {
    const line =
      'A spokesperson for the Fisheries Ministry said the minister would answer the letter "in the usual way".';
    expect(analyse(named, line).quotes.at(-1)?.speaker).toBe('a spokesperson for the Fisheries Ministry');
  });

  it('control: with no named minister before, the spokesperson speaks as before', () => {
    const line = 'A spokesperson for the Fisheries Ministry said the minister would decide "once the divers are done".';
    expect(analyse('The harbour permits expire in June.', line).quotes.at(-1)?.speaker).toBe(
      'a spokesperson for the Fisheries Ministry',
    );
  });

  it("control: a past speech act inside the clause keeps the minister's own words", () => {
    const line =
      'A spokesperson for the Fisheries Ministry said that the minister had promised to "act within the month".';
    expect(analyse(named, line).quotes.at(-1)?.speaker).toBe('Petra Lind');
  });
});
