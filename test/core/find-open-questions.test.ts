import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findOpenQuestions, MAX_QUESTIONS } from '../../src/core/find-open-questions';
import { questionInputOf } from '../support/question-input-of';
import { readEvalArticle, readFlynn } from './flynn-sample';

const KINDS = ['unverified', 'disputed', 'pending', 'unknown', 'denied', 'other'];

function idOf(analysis: Analysis, fragment: string): number {
  const found = analysis.sentences.find((s) => s.text.includes(fragment));
  if (!found) throw new Error(`no sentence with ${fragment}`);
  return found.id;
}

describe('findOpenQuestions on the Flynn story', () => {
  const analysis = analyzeArticle(readFlynn());
  const kelner = idOf(analysis, 'reads different from the media reports');
  const reports = idOf(analysis, 'in exchange for immunity');
  const nunes = idOf(analysis, 'no evidence');
  const inquiry = idOf(analysis, 'are investigating');

  it("asks about the media reports of an immunity offer against Kelner's letter", () => {
    const q = analysis.questions.find((x) => x.sentenceIds.includes(kelner));
    expect(q).toBeDefined();
    expect(q!.sentenceIds).toContain(reports);
    expect(q!.kind).toBe('disputed');
    expect(q!.text).toMatch(/Kelner/);
    expect(q!.text).toMatch(/immunity/);
  });

  it('weighs Nunes\'s "no evidence" against the ongoing investigations', () => {
    const q = analysis.questions.find((x) => x.sentenceIds.includes(nunes));
    expect(q).toBeDefined();
    expect(q!.sentenceIds).toContain(inquiry);
    expect(q!.text).toMatch(/Nunes/);
    expect(q!.text).toMatch(/investigat/);
  });

  it('phrases real questions, not copies of sentences, within the limit', () => {
    expect(analysis.questions.length).toBeLessThanOrEqual(MAX_QUESTIONS);
    const sentenceTexts = new Set(analysis.sentences.map((s) => s.text));
    for (const q of analysis.questions) {
      expect(q.text).toMatch(/\?/);
      expect(sentenceTexts.has(q.text)).toBe(false);
      expect(KINDS).toContain(q.kind);
      expect(q.sentenceIds.length).toBeGreaterThan(0);
      expect(q.text).toMatch(/\s[A-Z][a-z]/); // names someone
    }
  });
});

describe('findOpenQuestions cue families', () => {
  it('turns a refusal to say whether into the question itself', () => {
    const qs = findOpenQuestions(
      questionInputOf(['Mr Jones refused to say whether the factory would close after the election.']),
    );
    expect(qs[0]?.kind).toBe('unknown');
    // Asked plainly (audit 55's B-a55-3): who held it back is in the cited sentence, not a "will Mr Jones say?" tail.
    expect(qs[0]?.text).toBe('Will the factory close after the election?');
    expect(qs[0]?.sentenceIds).toEqual([0]);
  });

  it('questions a denial and a pending decision, naming who is involved', () => {
    const qs = findOpenQuestions(
      questionInputOf(
        [
          'The Acme Corporation has denied claims that its drivers were underpaid.',
          'The regulator will decide on the merger by Friday.',
          'The weather in the town was mild.',
        ],
        [{ name: 'Acme Corporation', type: 'organization' }],
      ),
    );
    const denial = qs.find((q) => q.kind === 'denied');
    expect(denial?.sentenceIds).toEqual([0]);
    expect(denial?.text).toMatch(/Acme Corporation/);
    expect(qs.some((q) => q.kind === 'pending' && q.sentenceIds.includes(1))).toBe(true);
    expect(qs.some((q) => q.sentenceIds.includes(2))).toBe(false);
  });

  it('never asks more than six questions, even on copy full of cues', () => {
    const texts = Array.from(
      { length: 20 },
      (_, i) => `Officials said ministers would decide on plan ${i} by Friday, sources said.`,
    );
    expect(findOpenQuestions(questionInputOf(texts)).length).toBeLessThanOrEqual(MAX_QUESTIONS);
  });

  it('flags the BBC maternity-pay dispute and pending consultation', () => {
    const analysis = analyzeArticle(readEvalArticle('politics/001'));
    const kinds = new Set(analysis.questions.map((q) => q.kind));
    expect(kinds.has('disputed')).toBe(true);
    expect(kinds.has('pending')).toBe(true);
  });
});

describe('question phrasing stays grammatical and names who is involved', () => {
  const ask = (text: string, entities: Analysis['entities'] = []) =>
    findOpenQuestions(questionInputOf([text], entities))[0]?.text ?? null;

  it('takes the claim after an unnamed source, and drops an aside like ", some believe,"', () => {
    expect(ask('The budget is due on Monday, and many commentators believe the deficit will remain at £20bn.')).toMatch(
      /^Which commentators believe the deficit will remain at £20bn, and can they be named\?/,
    );
    const aside = ask('The rate gap, some believe, could be enough to prop up the dollar.');
    expect(aside).not.toMatch(/some believe/);
  });

  it('agrees the verb with a plural denier and does not name the denier twice', () => {
    expect(ask('Russian officials denied claims that Moscow sought to influence the vote.')).toMatch(
      /which Russian officials deny\?/,
    );
    const twice = ask('The tobacco companies deny that they illegally conspired to promote smoking.');
    // The name where the copy's "they" stood, the pronoun in the tail after it (B-main-7, session 26).
    expect(twice).toMatch(/that the tobacco companies illegally conspired to promote smoking, which they deny\?$/);
    expect(twice!.match(/tobacco companies/g)).toHaveLength(1);
  });

  it('names the speaker of a warning, not their job title or a lead-in phrase', () => {
    const q = ask(
      'David Frost, director general of the chambers of commerce, warned that small firms could be crippled by the move.',
    );
    expect(q).toMatch(/^Is David Frost right that small firms could be crippled/);
    expect(ask('Looking ahead to next year, the airline warned that fares would fall.') ?? '').not.toMatch(
      /^Is Looking/,
    );
  });

  it('asks no question about an expectation the story has already overtaken', () => {
    expect(ask('The contract, which would hand the route to Acme Ferries, was expected to pass easily.')).toBeNull();
  });

  it('does not ask a party that declined to comment for its side: shows the passage', () => {
    expect(
      ask('Acme Ferries declined to comment on the figure.', [{ name: 'Acme Ferries', type: 'organization' }]),
    ).toBe('Not known: “Acme Ferries declined to comment on the figure.”');
  });
});

describe('withheld figures, accusations and doubts', () => {
  const person = (name: string): Analysis['entities'][number] => ({ name, type: 'person' });

  it('resolves a sentence-initial "She" to the one person named before, and says what she withheld', () => {
    const qs = findOpenQuestions(
      questionInputOf(
        [
          "The trust's chief nurse, Mary Okoye, told staff that the agency costs would be set out in a paper to the board in June.",
          'She declined to give a figure at the briefing.',
        ],
        [person('Mary Okoye')],
      ),
    );
    const withheld = qs.find((q) => q.sentenceIds.includes(1));
    expect(withheld?.kind).toBe('unknown');
    expect(withheld?.text).toBe('Will Mary Okoye give a figure of the agency costs?');
    expect(withheld?.sentenceIds).toEqual([0, 1]);
    const pending = qs.find((q) => q.kind === 'pending');
    expect(pending?.text).toMatch(/^Will the agency costs be set out in a paper to the board in June\?/);
  });

  it('guesses nobody when the sentence before names two people', () => {
    const qs = findOpenQuestions(
      questionInputOf(
        ['Tom Reed met Ann Cole at the depot.', 'She declined to give a figure.'],
        [person('Tom Reed'), person('Ann Cole')],
      ),
    );
    expect(qs[0]?.text ?? '').not.toMatch(/Tom Reed|Ann Cole/);
  });

  it('asks whether what was not published will be', () => {
    const qs = findOpenQuestions(
      questionInputOf(
        ['Jo Park, who chairs the scrutiny panel, said the trust had not published the cost of the agency contracts.'],
        [person('Jo Park')],
      ),
    );
    expect(qs[0]?.text).toMatch(/^Will the trust publish the cost of the agency contracts\?/);
    expect(qs[0]?.text).toMatch(/Jo Park/);
  });

  it('puts an accusation to the accused, naming the accuser', () => {
    const qs = findOpenQuestions(
      questionInputOf([
        'The vote followed a long debate in which union leaders accused the board of hiding the scale of the losses.',
      ]),
    );
    // One side's charge with no answer in reach is a claim to check (kind45, argument-kind.ts).
    expect(qs[0]?.kind).toBe('unverified');
    expect(qs[0]?.text).toBe(
      'How does the board answer the accusation by union leaders of hiding the scale of the losses?',
    );
    const plural = findOpenQuestions(
      questionInputOf(['Ms Hale accused the mayor and his deputies of misleading voters.']),
    );
    expect(plural[0]?.text).toMatch(
      /^How do the mayor and his deputies answer the accusation by Ms Hale of misleading voters\?/,
    );
  });

  it('turns "questioned whether" into the yes/no question, crediting the doubters', () => {
    const qs = findOpenQuestions(
      questionInputOf([
        'Parents welcomed the plan but questioned whether the builders had the staff to finish the school by September.',
      ]),
    );
    expect(qs[0]?.text).toBe('Do the builders have the staff to finish the school by September, as parents ask?');
  });

  it('finds the borrowing-cost, report, contractor and accusation questions in the council story', () => {
    const analysis = analyzeArticle(
      readFileSync('test/ingest/fixtures/council-budget.html', 'utf8').replace(/<[^>]+>/g, '\n'),
    );
    const texts = analysis.questions.map((q) => q.text).join('\n');
    expect(analysis.questions.length).toBeLessThanOrEqual(MAX_QUESTIONS);
    expect(texts).toMatch(/Will Helen Achebe give an estimate of the borrowing costs\?/);
    expect(texts).toMatch(/audit committee next month/);
    expect(texts).toMatch(/contractors have the capacity to complete the work on schedule/);
    expect(texts).toMatch(/accusation by opposition members of hiding the true cost/);
  });
});
