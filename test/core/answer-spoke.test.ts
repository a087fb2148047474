import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12 (s30 ux30 item 2): "did X respond?" is answered by X's words or X's refusal, not by another party
// speaking about X. Composed copy.
const story = (reply: string): Analysis =>
  analyzeArticle(
    [
      'Report criticises mayor over flood spending',
      'An independent report has criticised Mayor Joan Pike over how £3m of flood defence money was spent in Eastbridge.',
      'The report found that contracts worth £1.2m were awarded without tender.',
      reply,
      'The council will debate the report next month.',
    ].join('\n\n'),
  );
const textOf = (analysis: Analysis, id: number | undefined): string =>
  analysis.sentences.find((s) => s.id === id)?.text ?? '';

describe('answerQuestion: did X respond?', () => {
  const other = story(
    'Asked whether Mayor Pike had read the report, Tom Hale, the council’s chief executive, responded: "Not yet."',
  );

  it("declines another party's reply about X, pointing at it", () => {
    const result = answerQuestion(other, 'Has Mayor Pike responded?');
    expect(result.answer).toBeNull();
    if (result.answer !== null) return;
    expect(textOf(other, result.nearestId)).toContain('Tom Hale');
  });

  it("still answers with the other party's own reply when asked about it (control)", () => {
    expect(answerQuestion(other, 'Did Tom Hale respond?').answer).toContain('Not yet');
  });

  it("answers with X's own words (control)", () => {
    const own = story('Mayor Pike responded on Friday, saying the report was unfair to her officers.');
    expect(answerQuestion(own, 'Has Mayor Pike responded?').answer).toContain('report was unfair');
  });

  it('answers with X not responding to emailed questions', () => {
    const silent = story('Mayor Pike did not respond to emailed questions about the contracts.');
    expect(answerQuestion(silent, 'Did Mayor Pike say anything about the contracts?').answer).toContain(
      'did not respond to emailed questions',
    );
  });

  it('leaves "did X say <content>" to the content check, not this one (control)', () => {
    const own = story('Mayor Pike said on Friday that the report was unfair to her officers.');
    expect(answerQuestion(own, 'Did Mayor Pike say the report was unfair?').answer).toContain('report was unfair');
  });
});

// Review s31 B-ux31-5: on the Flynn sample, "Did the White House comment?" had become "doesn't say".
describe('answerQuestion: a credited report whose content opens on the asked party', () => {
  const briefing = analyzeArticle(
    [
      'Senate panel rejects aide request',
      'The Senate panel rejected the request on Friday.',
      'The White House is not concerned that the aide has damaging information, Spicer said.',
      'Both houses are investigating the campaign.',
    ].join('\n\n'),
  );

  it('is the party speaking through whoever is credited with it', () => {
    expect(answerQuestion(briefing, 'Did the White House comment?').answer).toContain(
      'The White House is not concerned',
    );
  });

  it("is not a report that only names the party's possessions (control)", () => {
    const other = analyzeArticle(
      [
        'Senate panel rejects aide request',
        'The Senate panel rejected the request on Friday.',
        "The White House's former aide has damaging information, Kelner said.",
        'Both houses are investigating the campaign.',
      ].join('\n\n'),
    );
    expect(answerQuestion(other, 'Did the White House comment?').answer).toBeNull();
  });
});

// ux32: "Has the White House responded?" declined on the Flynn sample while "Did the White House comment?" answered:
// another party's reply ranked first on the verb. The party's own report a rank below answers both.
describe('answerQuestion: the party speaking a rank below another party’s reply', () => {
  const briefing = analyzeArticle(
    [
      'Harbour board rejects ferry bid',
      'The harbour board rejected the ferry bid on Friday.',
      'The council is not worried that the bidder will sue over the delay, Tom Hale said.',
      'Asked by a reporter whether the council was worried that the bidder would sue, Hale responded: "No."',
      'The board will meet again in March.',
    ].join('\n\n'),
  );

  it('answers "has X responded?" with the party’s own report, as "did X comment?"', () => {
    const answer = answerQuestion(briefing, 'Has the council responded?').answer;
    expect(answer).toContain('The council is not worried');
    expect(answerQuestion(briefing, 'Did the council respond?').answer).toBe(answer);
  });

  it('controls: a question with an object, and a party that speaks of something else, still decline', () => {
    expect(answerQuestion(briefing, "Has the council responded to the bidder's letter?").answer).toBeNull();
    const other = analyzeArticle(
      [
        'Harbour board rejects ferry bid',
        'The harbour board rejected the ferry bid on Friday.',
        'Asked by a reporter whether the council was worried that the bidder would sue, Tom Hale responded: "No."',
        'In March the council announced a new parking scheme for the quay.',
      ].join('\n\n'),
    );
    expect(answerQuestion(other, 'Has the council responded?').answer).toBeNull();
  });
});
