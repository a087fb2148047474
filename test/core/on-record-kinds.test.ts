import { describe, expect, it } from 'vitest';
import { ALL_KIND_GATES, KIND_GATES, type KindGate } from '../../src/core/kind-gates';
import { measuredSource } from '../../src/core/measured-source';
import { findCues } from '../../src/core/question-cues';
import { questionsOf } from '../support/questions-of';

/**
 * Sample 15's trivial flags left open after session 15 (docs/hand-read-questions.md, "Classes sample 15 shows"),
 * each as a general construction in copy written for the test: a source's own figure or account, a position on
 * record, an event told of a place the sentence only describes.
 */
const has =
  (shape: string) =>
  (text: string, gates: readonly KindGate[]): boolean =>
    findCues(text, '', gates).some((c) => c.shape === shape);
const gate = (name: string): KindGate[] => ALL_KIND_GATES.filter((g) => g.name === name);

function bothSides(
  read: (text: string, gates: readonly KindGate[]) => boolean,
  gates: readonly KindGate[],
  keep: string[],
  drop: string[],
) {
  it.each(keep)('keeps the cue of %s', (text) => {
    expect(read(text, gates)).toBe(true);
  });
  it.each(drop)('drops the cue of %s', (text) => {
    expect(read(text, [])).toBe(true);
    expect(read(text, gates)).toBe(false);
  });
}

describe('unverified: a public record’s own figure is no single source (shipped)', () => {
  bothSides(
    has('single-source'),
    gate('record-figure'),
    [
      'The plant will close in March, according to a person familiar with the talks.',
      'Turnout is up, according to a recent Reuters survey of voter lists.',
      'The mayor met the developer twice, according to documents obtained by the paper.',
      'The mayor met the developer twice, according to internal records obtained by the Associated Press.',
    ],
    [
      'The campaign spent $2 million on charter flights in May, according to FEC filings.',
      'Unemployment fell to 4.1 percent in June, according to Labor Department figures.',
      'About 9,000 homes were built last year, according to state housing data released on Monday.',
    ],
  );
});

describe('unverified: a poll’s own finding (shipped since fu56)', () => {
  bothSides(
    has('single-source'),
    gate('poll-finding'),
    ['The senator will retire, according to two aides, who asked not to be named.'],
    [
      'The mayor leads her rival by nine points, according to a Marist College poll released on Monday.',
      'Turnout reached 61 percent, according to the latest average of city polls.',
      'The governor won 54 percent of the vote, according to early returns.',
    ],
  );

  it('reads no poll past the source phrase', () => {
    const text = 'The mayor leads, according to Jane Smith, who ran the poll.';
    expect(measuredSource(text, text.indexOf('according'))).toBeNull();
  });
});

describe('disputed: a position on record told in the perfect is no dispute (shipped)', () => {
  bothSides(
    has('contested'),
    KIND_GATES,
    [
      'The economist argued that the tax was doomed.',
      'The economist has argued that the tax was doomed, but the minister rejects that.',
      'Republicans have expressed concern that the change could lead to fraud.',
    ],
    [
      'The economist has argued that the tax was doomed from the start.',
      'The union had long insisted that the depot made money.',
      'Landlord groups have repeatedly contended that the scheme favours tenants.',
    ],
  );
});

describe('disputed: the reason given for an act, as its aside (measured, not shipped)', () => {
  bothSides(
    has('contested'),
    gate('arguing-aside'),
    ['The mayor argued that the depot should stay open.'],
    [
      'The mayor has pursued a plan to sell the depot, arguing that it loses money.',
      'She voted against the budget, arguing that it cut too deeply.',
    ],
  );
});

describe('pending: an event told of a place the sentence describes (shipped)', () => {
  bothSides(
    has('future'),
    KIND_GATES,
    [
      'The team flew to Denver, where it will play the Broncos on Sunday.',
      'The council will vote on the budget next month.',
    ],
    [
      'The firm polled 900 voters in Ohio and 850 in Iowa, two states where voters will pick a governor in November.',
      'The survey covered 1,200 households in Leeds, a city where the council will vote on its budget next month.',
    ],
  );
});

describe('unverified: a source’s own account is no news report (shipped)', () => {
  bothSides(
    has('report'),
    KIND_GATES,
    [
      'The Times reported on Friday that the deal had collapsed.',
      'It was widely reported that the deal had collapsed.',
      'The blow came from a magazine writer, who reported that the network paid $3 million to settle the case.',
      'Der Spiegel reported that the minister had met the lobbyists twice.',
      'Witnesses reported that the soldiers had fired first.',
      'Local residents reported that the water had turned brown.',
      'President Obama came out of the meetings and reported that the allies are rattled.',
      'The official news agency reported that the cafes were closed.',
      'The rights group reported that 40 protesters were killed.',
    ],
    [
      'It also reported on Friday that passenger numbers rose 8.1% in January.',
      'The researchers reported that 40% of the patients improved within a month.',
      'The budget office reported that the plan would cost $150 billion.',
      'The Institute for Fiscal Studies reported that incomes fell 2% last year.',
    ],
  );

  it('asks no confirmation of a company’s own figure', () => {
    const asked = questionsOf(
      'The airline made a pre-tax profit of £75m in the quarter.',
      'It also reported on Friday that passenger numbers rose 8.1% in January.',
    );
    expect(asked.join(' ')).not.toMatch(/confirmed the report/);
  });
});
