import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { mergeTranscriptQuotes } from '../../src/core/transcript-quotes';
import { quoteStarting, transcriptFixture } from '../support/transcript-fixture';

const fixture = transcriptFixture;

describe('FAQ answers stay nobody’s: an interviewee only where the introduction sets up an interview', () => {
  it('reads "X spoke to reporters" and "the council examined" as a news intro, not an interview', () => {
    expect(fixture('faq-news-intro').quotes).toEqual([]);
  });

  it('reads a "Q&A:" headline that names no one as an explainer', () => {
    expect(fixture('faq-qa-explainer').quotes).toEqual([]);
  });

  it('reads the reader\'s questions ("Do I need ...") as an FAQ box even after an interview is mentioned', () => {
    expect(fixture('faq-reader-questions').quotes).toEqual([]);
  });

  it('still credits an interview the introduction sets up ("He spoke to our correspondent")', () => {
    const { quotes } = fixture('interview-narration');
    expect(quoteStarting(quotes, 'Water.').speaker).toBe('Tom Ashby');
    expect(quoteStarting(quotes, 'As long as my knees hold out.').speaker).toBe('Tom Ashby');
  });

  it('credits "In an interview with X" to X, never to the reporter who asks', () => {
    const { quotes } = analyzeArticle(
      'Harbour plans\n\nIn an interview with reporter Jane Doe on Friday, harbour master Peter Hart set out his plans for the quay. The interview has been edited for length.\n\nQ: Why move the ferries?\n\nA: Because the old berth floods twice a year.\n\nQ: When will you start?\n\nA: In the spring, once the funding is signed.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Peter Hart', 'Peter Hart']);
  });
});

describe('real interviews credit their answers to the interviewee', () => {
  it('reads an editorial board\'s excerpts as an interview ("spoke with members of the Post\'s editorial board")', () => {
    expect(fixture('interview-editorial-board').quotes.map((q) => q.speaker)).toEqual(['Ruth Okafor', 'Ruth Okafor']);
  });

  it('reads talk to reporters as an interview when the questions address "you" (a press conference on a flight)', () => {
    expect(fixture('interview-flight').quotes.map((q) => q.speaker)).toEqual(['Francis', 'Francis']);
  });

  it('keeps an interview whose one question says "Let me start": an edited interview is no FAQ box', () => {
    const { quotes } = fixture('interview-long-answers');
    expect(quoteStarting(quotes, 'Because the council').speaker).toBe('Ruth Okafor');
    expect(quoteStarting(quotes, 'They stay open.').speaker).toBe('Ruth Okafor');
  });
});

describe('an answer keeps its continuation paragraphs', () => {
  const { quotes } = fixture('interview-long-answers');

  it('joins a later paragraph with no first person and no narration', () => {
    expect(quoteStarting(quotes, 'Because the council').text).toContain('Nobody will lose a job this year.');
  });

  it('joins "They told me", "We told the council" and "Mum said": the speaker\'s own account, not narration', () => {
    const answer = quoteStarting(quotes, 'No. I asked twice.').text;
    expect(answer).toContain('They told me I would have to close four branches.');
    expect(answer).toContain('We told the council in March');
    expect(answer).toContain('Mum said I was mad.');
  });
});

describe('a turn ends where the writer takes over', () => {
  const { quotes } = fixture('interview-narration');

  it('joins a first-person paragraph that continues the answer', () => {
    expect(quoteStarting(quotes, 'Never.').text).toContain('We sold the dairy herd in 1998');
  });

  it('ends the answer at a paragraph about the interviewee, a "he said" paragraph or a dateline', () => {
    const text = quotes.map((q) => q.text).join('\n');
    expect(text).not.toContain('chairs the county');
    expect(text).not.toContain('plant earlier');
    expect(text).not.toContain('hosepipe');
    expect(quoteStarting(quotes, 'Water.').text).toBe(
      'Water. I said "give us the reservoir" to the minister and I meant it.',
    );
  });
});

describe('one quote, one speaker: quotation marks inside a transcript turn', () => {
  const { quotes } = fixture('interview-narration');

  it("reports the interviewee's own quoted words once, inside the answer", () => {
    expect(quotes.filter((q) => q.text.includes('give us the reservoir'))).toHaveLength(1);
  });

  it("keeps a quote the answer gives to someone else as that person's, never the interviewee's", () => {
    const inner = quotes.filter((q) => q.text.startsWith('never sell the land'));
    expect(inner).toHaveLength(1);
    expect(inner[0]!.speaker).toBe('My father');
  });

  it('merges in article order, keeping only marked quotes of someone other than the turn speaker', () => {
    const turn = { text: 'turn', speaker: 'A', sentenceId: 2, sentenceIds: [2, 3] };
    const marked = [
      { text: 'before', speaker: 'B', sentenceId: 1 },
      { text: 'own words', speaker: 'A', sentenceId: 2 },
      { text: 'unattributed', speaker: null, sentenceId: 3 },
      { text: 'father', speaker: 'C', sentenceId: 3 },
      { text: 'after', speaker: null, sentenceId: 4 },
    ];
    expect(mergeTranscriptQuotes(marked, [turn]).map((q) => q.text)).toEqual(['before', 'turn', 'father', 'after']);
  });
});

describe('outlets and credit lines are never speakers', () => {
  it('reads "Charlotte Observer:" and "DURHAM DAILY PRESS:" labels as outlets, the person labels still people', () => {
    const { quotes } = fixture('outlet-labels');
    const speakers = quotes.map((q) => q.speaker);
    expect(speakers.filter((s) => s !== null && /Observer|Herald|Press/.test(s))).toEqual([]);
    expect(quoteStarting(quotes, 'Taxpayers were spared a debt they would').speaker).toBe('Jane Doe');
    expect(quoteStarting(quotes, 'We will find another site').speaker).toBe('Charlotte Kemp');
  });

  it('credits no quote to a wire signature ("— Reuters") or a credit line ("Editing By ...")', () => {
    const { quotes } = fixture('credit-lines');
    // Credited to no one: unattributed, or not reported at all (quote-acceptance.ts).
    for (const start of [
      'Supply is tight',
      'We expect prices',
      'Nobody can guard',
      'This is a serious loss',
      'The delta has',
      'The army will',
    ])
      expect(quotes.find((q) => q.text.startsWith(start))?.speaker ?? null).toBeNull();
    // A person's signature still credits the person, a rank that opens with "Staff" too.
    expect(quoteStarting(quotes, 'We will have the line open').speaker).toBe('Amaka Obi');
    expect(quoteStarting(quotes, 'I would go back tomorrow.').speaker).toBe('Leon Marsh');
  });

  it('keeps a person whose title holds an outlet word ("— Chief Medical Examiner Jane Doe", "Medical Examiner Jane Doe:")', () => {
    const signed = analyzeArticle(
      'Crash inquiry\n\nThe inquest opened on Monday.\n\n"The injuries were consistent with a fall from height."\n— Chief Medical Examiner Jane Doe',
    );
    expect(signed.quotes.map((q) => q.speaker)).toEqual(['Jane Doe']);
    const labelled = analyzeArticle(
      'Crash inquiry\n\nThe inquest opened on Monday, and Chief Medical Examiner Jane Doe gave evidence.\n\nMedical Examiner Jane Doe: "The injuries were consistent with a fall from height."',
    );
    expect(labelled.quotes.map((q) => q.speaker)).toEqual(['Jane Doe']);
  });

  it('keeps a person whose surname is an outlet word when the prose knows them ("Jim Daily said", then "Jim Daily:")', () => {
    const { quotes } = analyzeArticle(
      'Harbour\n\nHarbour master Jim Daily spoke at the meeting on Friday.\n\n"The quay floods twice a year and nobody will pay to fix it," Jim Daily said.\n\nJim Daily: "We need the money now."',
    );
    expect(quoteStarting(quotes, 'We need the money now.').speaker).toBe('Jim Daily');
  });

  it('keeps a spelled-out full name with a first name as a person ("BILL PRESS:" in a debate transcript)', () => {
    const { quotes } = analyzeArticle(
      'Debate night\n\nTwo commentators, Bill Press and Ann Coulter, argued on the radio on Tuesday.\n\nBILL PRESS: The tax plan will hurt working families for a decade.\n\nANN COULTER: It will do nothing of the kind and you know it.\n\nBILL PRESS: We will see who is right next year.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Bill Press', 'Ann Coulter', 'Bill Press']);
  });

  it('reads "contributed to the report" as a credit line only when that is the whole line', () => {
    const { quotes } = analyzeArticle(
      'Flood defences\n\nThe river rose again on Monday.\n\n"We will have the line open by Friday."\n— Amaka Obi, a hydrologist who contributed to the report',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Amaka Obi']);
  });

  it('lists the people a credit line names without its words ("Editing By Priya Nair" is Priya Nair)', () => {
    const names = fixture('credit-lines').entities.map((e) => e.name);
    expect(names).toContain('Priya Nair');
    expect(names.filter((n) => /\bBy\b/.test(n))).toEqual([]);
  });
});
