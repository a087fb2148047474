import { describe, expect, it, vi } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { argumentKind } from '../../src/core/argument-kind';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';
import { sceneHearsay } from '../../src/core/scene-hearsay';
import { SentenceReads } from '../../src/core/sentence-reads';

/**
 * kind51 (issue 13): a hearsay noun in a fronted time clause only sets the scene of the passage's own clause (no
 * unverified cue from it); one in a concessive keeps its kind (kind52). Copy written for the test, in US and
 * British house styles.
 */
const hearsayCue = (text: string): boolean =>
  findCues(text, '', KIND_GATES).some((c) => c.shape === 'claim' || c.shape === 'hedged');
const claimKind = (text: string) => argumentKind('unverified', 'claim', text, '');

describe('a fronted time clause’s hearsay is no claim of the passage', () => {
  it.each([
    'As the rumors spread on Thursday about the coach’s exit, the team’s owner flew to Denver to meet the players.',
    'After the allegations surfaced, the choir cancelled its summer tour.',
    'When the speculation peaked last spring, the bank hired a new head of communications.',
    '“Once the claims reached the press, the vicar wrote to every parishioner,” the archdeacon said.',
  ])('%s', (text) => {
    expect(hearsayCue(text)).toBe(false);
  });

  it('the whole engine asks nothing of it', () => {
    const article = [
      'Owner meets players',
      '',
      'As the rumors spread on Thursday about the coach’s exit, the team’s owner flew to Denver to meet the players.',
      '',
      'The team plays Dallas on Sunday.',
    ].join('\n');
    const { questions, sentences } = analyzeArticle(article);
    const id = sentences.find((s) => s.text.startsWith('As the rumors'))!.id;
    expect(questions.filter((q) => q.sentenceIds.includes(id))).toEqual([]);
  });
});

describe('a noun with its own content is the claim to check, even in a time clause (kind52)', () => {
  it.each([
    'After accusations that the referee had been paid surfaced, the league suspended him.',
    'As speculation grew that the airline would fold, travellers rebooked their flights.',
    'When rumours of a royal visit reached the village, the parish council met.',
    'Following claims of a data leak, the bank wrote to its customers.',
    // Review s38 B-r38-2: any preposition phrase of the noun's own is its content, not "of" alone.
    'After the allegations against the treasurer surfaced, the choir cancelled its summer tour.',
    'When speculation about the merger peaked last spring, the bank hired a new head of communications.',
    'When rumours about a sale by the founding family leaked, shares in the brewery rose 9%.',
    'After accusations against two stewards surfaced in May, the festival changed its security firm.',
    'Following speculation over the manager’s future, the board met on Sunday.',
  ])('%s keeps its cue', (text) => {
    expect(hearsayCue(text)).toBe(true);
  });

  it.each([
    'As evidence of the allegations, the paper printed two letters.',
    'As a result of the rumors, the shop hired a guard.',
  ])('“As … of” is a preposition, no time clause: %s keeps its cue', (text) => {
    expect(hearsayCue(text)).toBe(true);
  });
});

describe('"until" sets no scene: what waits on its clause is the claim (review s38 B-r38-2)', () => {
  it.each([
    'Until the allegations are tested in court, the coach will not be allowed near the academy.',
    '“Until the rumors are cleared up, nobody signs anything,” the agent said.',
  ])('%s keeps its cue', (text) => {
    expect(hearsayCue(text)).toBe(true);
  });
  it('the whole engine asks of the rumour in a story with no other lead', () => {
    const article = [
      'Brewery shares rise',
      '',
      'The Fenwick brewery reported a small rise in sales on Friday.',
      '',
      'When rumours about a sale by the founding family leaked on Monday, shares in the brewery rose 9%.',
      '',
      'The brewery, founded in 1872, employs about 200 people in the town.',
    ].join('\n');
    const { questions, sentences } = analyzeArticle(article);
    const id = sentences.find((s) => s.text.startsWith('When rumours'))!.id;
    expect(questions.filter((q) => q.sentenceIds.includes(id)).map((q) => q.kind)).toContain('unverified');
  });
});

describe('a concessive’s hearsay keeps its kind: a fact beside a claim is no second side (kind52)', () => {
  it.each([
    'The harbour master said the pier was safe, despite the fishermen’s claims of cracks in the piles.',
    'In spite of allegations that the vote was rigged, the board certified the result on Friday.',
    'Although rumours of a buyer persist, the bakery has made no statement.',
    'The ferry sailed on time despite accusations that its crew was too small.',
  ])('%s stays unverified', (text) => {
    expect(claimKind(text)).toBe('unverified');
  });
});

describe('controls: hearsay in the passage’s own clause keeps its kind', () => {
  it.each([
    'The rumors about the coach’s exit spread on Thursday, when the owner flew to Denver.',
    'Officials said the allegations against the treasurer were being examined.',
    'As allegations go this one is thin.',
    'The team’s owner flew to Denver amid speculation that the coach would leave.',
    'The claims of fraud, the chairman said, had been heard before and answered.',
  ])('%s keeps its cue', (text) => {
    expect(hearsayCue(text)).toBe(true);
  });

  it('keeps the other cues of a sentence whose hearsay sets the scene', () => {
    const text = 'After the allegations surfaced, the council opened an inquiry into the contract.';
    expect(findCues(text, '', KIND_GATES).some((c) => c.shape === 'investigation')).toBe(true);
  });

  it.each([
    'Residents made claims of cracks in the piles, and the harbour master said the pier was safe.',
    'The allegations that the vote was rigged were made on Friday.',
  ])('%s stays unverified', (text) => {
    expect(claimKind(text)).toBe('unverified');
  });

  it('leaves other kinds and shapes alone', () => {
    const text = 'The mayor spoke, despite claims of a boycott.';
    expect(argumentKind('pending', 'claim', text, '')).toBe('pending');
    expect(argumentKind('unverified', 'single-source', text, '')).toBe('unverified');
  });
});

describe('hostile copy', () => {
  it('reads a fronted clause once however many hearsay nouns it holds (counts the scans, not the clock)', () => {
    const long = `After ${'the rumors and the claims '.repeat(4000)}surfaced, the board met.`;
    const nouns = [...long.matchAll(/rumors|claims/g)];
    const reads = new SentenceReads(long);
    const scans = vi.spyOn(String.prototype, 'indexOf');
    try {
      const stripped = nouns.filter((m) => sceneHearsay(long, m.index, m[0], reads));
      expect(stripped).toHaveLength(nouns.length);
      expect(scans.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      scans.mockRestore();
    }
  });

  it('ends on thousands of repeated subordinators and nouns with no comma', () => {
    const long = `${'As claims of despite rumours '.repeat(4000)}the end.`;
    expect(hearsayCue(long)).toBe(true);
  });
});
