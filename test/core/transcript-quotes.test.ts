import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { quoteStarting, transcriptFixture } from '../support/transcript-fixture';

const fixture = transcriptFixture;

const speakers = (quotes: Quote[]): Array<string | null> => quotes.map((q) => q.speaker);

describe('transcripts: labelled turns without quote marks', () => {
  it('credits a court transcript turn by turn: the prosecutor asks, the witness answers', () => {
    const { quotes } = fixture('court-transcript');
    expect(quoteStarting(quotes, 'Did you report the fault').speaker).toBe('Helen Achebe');
    expect(quoteStarting(quotes, 'And were they?').speaker).toBe('Helen Achebe');
    // "MR DANIN:" is the article's Robert M. Danin, named whole.
    expect(quoteStarting(quotes, 'I told the operations manager twice').speaker).toBe('Robert M. Danin');
    expect(quoteStarting(quotes, 'No. Nobody came.').speaker).toBe('Robert M. Danin');
    for (const q of quotes.filter((q) => q.text.endsWith('?'))) expect(q.speaker).not.toBe('Robert M. Danin');
  });

  it("reports a role label (THE JUDGE:) unattributed, and the prose after the transcript as no one's words", () => {
    const { quotes } = fixture('court-transcript');
    expect(quoteStarting(quotes, 'We will rise for ten minutes.').speaker).toBeNull();
    expect(quotes.some((q) => q.text.includes('trial continues'))).toBe(false);
  });

  it("reads the same labels before quote marks, a role label's words still no one's", () => {
    const { quotes } = fixture('court-transcript-quoted');
    expect(speakers(quotes)).toEqual(['Helen Achebe', 'Robert M. Danin', null]);
  });

  it('gives Q./A. answers to the witness the introduction names, never the cross-examining prosecutor', () => {
    const analysis = fixture('court-q-dot');
    const { quotes } = analysis;
    expect(quoteStarting(quotes, 'I read the summary.').speaker).toBe('Robert M. Danin');
    expect(quoteStarting(quotes, 'I sailed knowing it had been repaired.').speaker).toBe('Robert M. Danin');
    // The questions are the prosecutor's: never the witness's words, and not reported as his.
    expect(quotes.some((q) => q.text.includes('Did you read the engineer'))).toBe(false);
    expect(speakers(quotes)).not.toContain('Helen Achebe');
    // A label is not an initial: no "Q. Did" or "A. I" in who is who.
    expect(analysis.entities.map((e) => e.name).filter((n) => /^[QA]\.? /.test(n))).toEqual([]);
  });

  it("gives an interview's answers, continuation paragraphs included, to the interviewee the headline names", () => {
    const { quotes } = fixture('interview-qa');
    const answers = quotes.filter((q) => q.speaker === 'Ruth Okafor');
    expect(answers).toHaveLength(3);
    expect(quoteStarting(quotes, 'No one will be made redundant.').text).toContain(
      'talking to the unions about overtime',
    );
    expect(quotes.some((q) => q.text.startsWith('Why close') || q.text.startsWith('Will any staff'))).toBe(false);
    expect(quotes.filter((q) => q.key).every((q) => q.speaker === 'Ruth Okafor')).toBe(true);
  });

  it('reads a broadcast transcript that names a speaker in full once, then by surname', () => {
    const { quotes } = fixture('broadcast-transcript');
    expect(quoteStarting(quotes, 'Minister, fares are going up').speaker).toBe('Kate Morgan');
    expect(quoteStarting(quotes, 'But the new carriages').speaker).toBe('Kate Morgan');
    expect(quoteStarting(quotes, 'They will not be the same trains.').speaker).toBe('Alan Pryce');
    expect(quoteStarting(quotes, 'And the first of them arrive in May.').speaker).toBe('Alan Pryce');
    expect(quotes.some((q) => q.text.includes('VIDEO CLIP'))).toBe(false);
  });

  it("prefers an interviewer's statement to their question as a key quote", () => {
    const { quotes } = fixture('broadcast-transcript');
    expect(quotes.filter((q) => q.key && q.text.endsWith('?'))).toEqual([]);
    expect(quotes.filter((q) => q.key).map((q) => q.speaker)).toContain('Alan Pryce');
  });
});

describe('round-ups: "Name, Outlet:" and "Name, role:" lists', () => {
  it('credits a pundit round-up to the people, not their outlets', () => {
    const { quotes } = fixture('papers-roundup');
    expect(speakers(quotes)).toEqual(['Jane Doe', 'Tom Reilly', 'Priya Nair']);
  });

  it("never carries one label's speaker over to the next label's quote", () => {
    const { quotes } = analyzeArticle(
      'Candidates on the war\n\nHillary Clinton and others rejected the idea of containment at the debate on Monday night.\n\nClinton: "Our goal is to defeat the group, not contain it." Bush: "The mission is to destroy it, not to manage it."',
    );
    expect(quoteStarting(quotes, 'Our goal is to defeat').speaker).toBe('Hillary Clinton');
    expect(quoteStarting(quotes, 'The mission is to destroy').speaker).not.toBe('Hillary Clinton');
  });

  it('reads a vox pop without quote marks', () => {
    const { quotes } = fixture('vox-pop');
    expect(quoteStarting(quotes, 'I have worked here eleven years').speaker).toBe('Maria Lopez');
    expect(quoteStarting(quotes, 'We are not asking for the earth.').speaker).toBe('David Chen');
    expect(quoteStarting(quotes, 'My mother has waited six hours').speaker).toBe('Sarah Brown');
  });
});

describe('labels that are not speakers', () => {
  it('finds no speaker in an FAQ box, "Note:" and "Update:" lines, a time or a heading ending in a colon', () => {
    const analysis = fixture('faq-and-furniture');
    // The one real quote stays; the FAQ's answers are the publication's, not anyone's words.
    expect(analysis.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Jo Marsh', 'Most of our visitors come after work,'],
    ]);
    expect(analysis.entities.map((e) => e.name)).toEqual(['Jo Marsh']);
  });

  it('reads "Name: ..." section headings between paragraphs of prose and a list of counts as no one\'s words', () => {
    expect(fixture('section-headings').quotes).toEqual([]);
  });
});

describe('speaker named in the following sentence', () => {
  const { quotes } = fixture('following-sentence');

  it('reads "That was how X put it", "So said X", "The warning came from X", "Those were the words of X"', () => {
    expect(quoteStarting(quotes, 'We cannot ask taxpayers').speaker).toBe('Mark Ellison');
    expect(quoteStarting(quotes, 'The club will now look').speaker).toBe('Peter Hart');
    expect(quoteStarting(quotes, 'Nobody wins from a long fight').speaker).toBe('Laura Kimani');
    expect(quoteStarting(quotes, 'I have been to every home game').speaker).toBe('Bill Osei');
  });

  it('reads a tag the sentence splitter cut off ("..." Hart said.) but not the next speaker\'s own reported speech', () => {
    expect(quoteStarting(quotes, 'We will appeal.').speaker).toBe('Peter Hart');
    // "optimistic at best" is the planning chief's; "Kimani said the council would ..." is Kimani's own statement.
    expect(quoteStarting(quotes, 'optimistic at best').speaker).not.toBe('Laura Kimani');
  });
});

describe('pull quotes signed on the line below', () => {
  const { quotes } = fixture('pull-quotes');

  it('credits the signature, in the same paragraph or a paragraph of its own, the name whole', () => {
    expect(quoteStarting(quotes, 'We are not going anywhere.').speaker).toBe('Jane Doe');
    expect(quoteStarting(quotes, 'We did everything we could.').speaker).toBe('Robert M. Danin');
  });

  it('does not read a sentence opening with a dash as a signature', () => {
    expect(quoteStarting(quotes, 'It was always going to end this way.').speaker).toBeNull();
  });

  it('drops a title from a signed name ("Councillor Priya Nair" is Priya Nair)', () => {
    const analysis = analyzeArticle(
      'Rent rise\n\nThe owners of the Corner Cafe say they will stay open despite the rent rise.\n\n"Forty per cent is an eviction notice." ― Councillor Priya Nair',
    );
    expect(analysis.quotes[0]!.speaker).toBe('Priya Nair');
  });
});
