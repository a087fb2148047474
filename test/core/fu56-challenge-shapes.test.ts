import { describe, expect, it } from 'vitest';
import { investigation } from '../../src/core/investigation-question';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * fu56 (issue 13): challenge cues the PolNeAR editors never flag — a challenge noun naming only its target ("his
 * criticism of the board"), a bare verb after a modal (what someone ought to or will do), a rejection whose object only
 * points back with nothing after it — and an inquiry's object read past a title's stop. Copy written for the test.
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('a challenge the sentence makes no case for is no dispute', () => {
  it.each([
    'The mayor said that given his criticism of the harbour board it would be awkward to share a stage.',
    'She cited criticism of the county auditor, who had been mocked for his handling of the levy.',
    '"Any sensible council should reject a bid like this out of hand."',
    'The trustees would rebuff an offer at that price, a person close to the board said.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('challenge');
  });

  it.each([
    'The plan faced fierce criticism from residents of the valley.',
    'Councillor Ames rejected that idea, saying the depot had never lost money.',
    'Councillors rejected the report on the depot as incomplete.',
    'The union dismissed it as "a fantasy budget".',
    'Residents warned that the bypass would cut the village in two.',
  ])('control: %s keeps its challenge cue', (text) => {
    expect(shapes(text)).toContain('challenge');
  });
});

describe('a poll named with its own finding has no source to confirm (the poll-finding gate, now shipped)', () => {
  it('"according to a poll released …" is no single source', () => {
    expect(
      shapes('Support for the levy stands at 48 percent, according to a poll released Wednesday by the college.'),
    ).not.toContain('single-source');
  });
  it('control: "according to a county official" is one', () => {
    expect(shapes('Support for the levy stands at 48 percent, according to a county official.')).toContain(
      'single-source',
    );
  });
});

describe('an inquiry into someone named after a title keeps the whole name', () => {
  it('reads past "Ms." and "Mr." to the end of the object', () => {
    const text =
      'As part of their inquiry into the accounts of Ms. Varga and Mr. Ames, auditors are reading the ledgers.';
    expect(investigation({ text, actor: null, mainActor: null, properWords: new Set(['Varga', 'Ames']) })).toBe(
      'What will the inquiry into the accounts of Ms. Varga and Mr. Ames find, and when?',
    );
  });
});
