import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { withoutCoordinatedPredicate } from '../../src/core/coordinated-predicate';

// Audit 58's B-a58-17 and B-a58-18 (session 57, fix57d): the shapes, in invented copy.

const questions = (title: string, ...body: string[]): string[] =>
  analyzeArticle([title, ...body].join('\n\n'), { title }).questions.map((q) => q.text);

describe('withoutCoordinatedPredicate', () => {
  it.each([
    ['her resignation but confirmed the authenticity of the letters', 'her resignation'],
    ['the terms and said the deal was close', 'the terms'],
    ['the cost, yet added that the board would meet', 'the cost'],
  ])('cuts a finite second predicate: %s', (object, kept) => {
    expect(withoutCoordinatedPredicate(object)).toBe(kept);
  });

  it.each([
    'her resignation and confirm the dates', // a base form: still what is withheld
    'the pay and benefits of the staff', // nouns
    'how many workers were hired and fired', // no object after the verb: the clause's own
  ])('keeps a coordination of the object: %s', (object) => {
    expect(withoutCoordinatedPredicate(object)).toBe(object);
  });
});

describe('a refusal with a second predicate ("declined to X but confirmed Y")', () => {
  it('asks what was withheld, without the fact given', () => {
    const asked = questions(
      'Harbour audit row',
      'The harbour board has ordered an audit of its accounts.',
      'Reached by phone, Mara Linde declined to discuss the audit but confirmed that the letters were genuine.',
      'The audit is due in May.',
    );
    expect(asked).toContain('Will Mara Linde discuss the audit?');
    expect(asked.join('\n')).not.toMatch(/but confirmed/);
  });

  it('shows the passage when the refuser is a pronoun the question cannot name', () => {
    const asked = questions(
      'Harbour audit row',
      'The harbour board has ordered an audit of its accounts after a former treasurer raised concerns.',
      'Reached by phone, she declined to discuss her resignation but confirmed the authenticity of the letters.',
      'The audit is due in May.',
    );
    expect(asked.join('\n')).not.toMatch(/Will the people involved discuss her/);
    expect(asked.some((q) => q.startsWith('Not known: “Reached by phone, she declined'))).toBe(true);
  });
});

it('asks the fronted "Asked whether" clause when the refusal withholds only a date', () => {
  const asked = questions(
    'Harbour report delayed',
    'The harbour board has been criticised for a delay to its report on dredging.',
    'Asked whether the dredging report would be published, the port minister, Tomas Reyes, said the work was "thorough" but did not give a date.',
    'The report was commissioned in 2022.',
  );
  expect(asked.some((q) => q.startsWith('When will the dredging report be published?'))).toBe(true);
  expect(asked.join('\n')).not.toMatch(/give a date\?/);
});

it("names the refuser in the held-back clause when it repeats the refuser's own pronoun", () => {
  const asked = questions(
    'Pier bill stalls',
    'A bill to rebuild the old pier stalled on Tuesday.',
    'Councillor Okemba Delacroix-Vane said the pier was "the town\'s front door," adding that the state had ignored it for years. He declined to say whether he had the votes to move the bill out of the finance committee.',
    'The committee meets in March.',
  );
  expect(asked).toContain(
    'Is it the case that Okemba Delacroix-Vane had the votes to move the bill out of the finance committee?',
  );
  expect(asked.join('\n')).not.toMatch(/that he had the votes/);
});

it("leaves a pronoun to a refuser it merely fits (not the refuser's own pronoun) unresolved", () => {
  const asked = questions(
    'Consultant paid',
    'A lobbyist was paid by a foreign party, records show.',
    "A communications aide for Mr. Varko, who financed Mr. Tellan's work, declined to say whether he was still on retainer.",
    'The inquiry goes on.',
  );
  expect(asked.join('\n')).not.toMatch(/Is it the case that a communications aide/);
});

it('asks what "could not be learned" (an unknown the writer could not find out)', () => {
  const asked = questions(
    'Canal lease row',
    'Fishermen have protested against the lease of a canal.',
    'It could not be learned how much the mill had paid for the land since the lease was signed.',
    'Police said the protest was peaceful.',
  );
  expect(asked).toContain('Who can say how much the mill had paid for the land since the lease was signed?');
});

it('shows the passage when a hedge opens a relative clause, never asking the main clause as unverified', () => {
  const asked = questions(
    'Freighter held in port',
    'A bulk carrier has been held in port for a week after an inspection found faults.',
    'The vessel is insured with the Harwell Mutual, which is understood to be weighing whether the costs fall within the cover.',
    'The talks are said to be close to a deal.',
    'The owners plan to appeal.',
  );
  expect(asked.join('\n')).not.toMatch(/confirm that the vessel is insured/);
  // The hedge over the main clause is still asked.
  expect(asked).toContain('Can a named source confirm that the talks are close to a deal?');
});
