import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 50, fix50b (audit 51, B-a51-4, continued): in a broadcast transcript the presenter's put-to-guest ("Campaigners
 * say you ignored …") was an open question for the newsroom, the turn labels ("SAND:", "(LAUGHTER)") showed in the
 * summary and in cited answers, the presenter named only by labels was no one in who-is-who, a transcript pasted with
 * one newline between turns gave no quotes, and a role-first label ("HOST, TOMAS VENNER:") named no one unless the
 * first name was on the hand list. Copy written for the test.
 */
const HEADLINE = 'Wexley libraries to close on Friday';
const TURNS = [
  'PRESENTER, LENA HOLLOWAY: Three branch libraries in Wexley close on Friday. With me is Greta Sand, who chairs the council culture committee.',
  'GRETA SAND: Good morning.',
  'HOLLOWAY: Why close them now?',
  'SAND: The lease on all three runs out in the spring, and the repairs would cost more than the buildings are worth.',
  'HOLLOWAY: Critics say you ignored a petition of four thousand names.',
  'SAND: (LAUGHTER) We could not find 900,000 pounds for the roofs. We read every name.',
];
const transcript = (turns = TURNS, between = '\n\n') => analyzeArticle([HEADLINE, turns.join(between)].join('\n\n'));
const credits = (analysis: ReturnType<typeof analyzeArticle>) => analysis.quotes.map((q) => q.speaker);

describe("a broadcast transcript's presenter", () => {
  it('puts a question to the guest, no claim the newsroom should chase', () => {
    const texts = transcript().questions.map((q) => q.text);
    expect(texts.filter((t) => /critics|petition/i.test(t))).toEqual([]);
  });

  it('control: the same claim told in prose is still asked about', () => {
    const prose = analyzeArticle(
      [
        HEADLINE,
        'Three branch libraries in Wexley close on Friday. The council leader, Greta Sand, defended the decision.',
        'Critics say she ignored a petition of four thousand names.',
      ].join('\n\n'),
    );
    expect(prose.questions.filter((q) => /critics/i.test(q.text))).toHaveLength(1);
  });

  it('is in who-is-who with the role her label gives', () => {
    const people = whoIsWho(transcript()).people;
    expect(people).toContainEqual({ name: 'Lena Holloway', role: 'presenter' });
  });

  it('control: the guest the prose names is in who-is-who as before', () => {
    expect(whoIsWho(transcript()).people.map((p) => p.name)).toContain('Greta Sand');
  });
});

describe("a broadcast transcript's key quotes", () => {
  it("are the guest's, never the presenter's", () => {
    const key = transcript().quotes.filter((q) => q.key);
    expect(key.filter((q) => q.speaker === 'Lena Holloway')).toEqual([]);
  });

  it("control: the guest's answer is a key quote", () => {
    expect(transcript().quotes.filter((q) => q.key && q.speaker === 'Greta Sand').length).toBeGreaterThan(0);
  });
});

describe('the text shown from a transcript turn', () => {
  it('drops the turn label and a stage direction from a cited answer', () => {
    const analysis = transcript();
    const lease = answerQuestion(analysis, 'When does the lease run out?');
    expect(lease.answer).toMatch(/^The lease on all three runs out in the spring/);
    const roofs = answerQuestion(analysis, 'How much would the roofs cost?');
    expect(roofs.answer).toBe('We could not find 900,000 pounds for the roofs.');
  });

  it('drops the labels from the summary', () => {
    const items = transcript().summary.map((s) => s.text);
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((t) => /^[A-Z]+(?:, [A-Z ]+)?:|\(LAUGHTER\)/.test(t))).toEqual([]);
  });

  it('control: a sentence of prose is cited as written', () => {
    const prose = analyzeArticle(
      [HEADLINE, 'The lease on all three runs out in the spring, Greta Sand said on Monday.'].join('\n\n'),
    );
    expect(answerQuestion(prose, 'When does the lease run out?').answer).toBe(
      'The lease on all three runs out in the spring, Greta Sand said on Monday.',
    );
  });
});

describe('transcript turns', () => {
  it('are read when one newline separates them', () => {
    expect(credits(transcript(TURNS, '\n'))).toEqual([
      'Lena Holloway',
      'Greta Sand',
      'Lena Holloway',
      'Greta Sand',
      'Lena Holloway',
      'Greta Sand',
    ]);
  });

  it('control: one paragraph a turn was read before', () => {
    expect(credits(transcript())).toEqual(credits(transcript(TURNS, '\n\n')));
    expect(credits(transcript())[1]).toBe('Greta Sand');
  });

  it('name the host a role-first label spells out, whatever the first name', () => {
    const turns = TURNS.map((t) => t.replace('LENA HOLLOWAY', 'TOMAS HOLLOWAY'));
    expect(credits(transcript(turns))[0]).toBe('Tomas Holloway');
  });

  it('control: a host with a first name on the hand list was named before', () => {
    expect(credits(transcript())[0]).toBe('Lena Holloway');
  });
});
