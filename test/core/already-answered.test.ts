import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../src/core/find-open-questions';
import { questionInputOf } from '../support/question-input-of';

const ask = (texts: string[]) => findOpenQuestions(questionInputOf(texts));

describe('a question the copy already answers is not asked', () => {
  it('does not ask what a probe will find when the next sentence gives its findings', () => {
    const questions = ask([
      'Police have opened an investigation into the fire at the depot.',
      'Investigators concluded on Friday that the wiring was at fault.',
    ]);
    expect(questions).toEqual([]);
    // A finding of nothing is a finding too.
    expect(
      ask([
        'The council launched an inquiry into the contracts.',
        'It found no wrongdoing by the officers who signed them.',
      ]),
    ).toEqual([]);
    // A sentence that only uses the words of a finding gives none: the inquiry's question stays.
    for (const next of [
      'Firefighters found no one inside the building.',
      'Talks between the council and the contractor concluded in May.',
    ])
      expect(ask(['Police have opened an investigation into the fire at the depot.', next])[0]?.text).toBe(
        'What will the investigation into the fire at the depot find, and when?',
      );
    // With no findings given, it is asked.
    expect(ask(['Police have opened an investigation into the fire at the depot.'])[0]?.text).toBe(
      'What will the investigation into the fire at the depot find, and when?',
    );
  });

  it("does not flag the copy's own question when the next sentence opens with its answer", () => {
    const answered = ask(['Did that mean the union would vote for the deal?', '"No, no, no," he said, laughing.']);
    expect(answered).toEqual([]);
    const open = ask(['Did that mean the union would vote for the deal?', 'The union met on Monday.']);
    expect(open[0]?.sentenceIds).toEqual([0]);
  });

  it("shows the copy's own question as it stands, never spliced into a template", () => {
    // A plain question (kind55: the rhetorical "So why pursue a claim …?" carries no cue since session 40).
    const [question] = ask(['So who will pursue a claim that is as false as it is cruel?']);
    expect(question?.text).toBe('Unverified: “So who will pursue a claim that is as false as it is cruel?”');
  });
});
