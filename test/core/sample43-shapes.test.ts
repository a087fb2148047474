import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * The shapes hand-read sample 43 found (docs/hand-read-questions.md, "Sample 43", engine 67), each in copy written for
 * the test, with a near control that must not change. Each case failed on main's head `77b731c3`.
 */
const questionsOf = (body: string): string[] =>
  analyzeArticle(`Harbour news in brief\n\n${body}`).questions.map((q) => q.text);

const TWEET = (claim: string): string =>
  `The mayor spoke on Tuesday. <tweet id="1" author="@QuayWatch" datetime="2016-06-28">A boxer at the party? No problem! ${claim} — Quay Watch (@QuayWatch) June 28, 2016</tweet>.`;

describe('a tweet’s closing link stays out of the question (#14)', () => {
  it('"… at the quay party https://t.co/…" is asked without the link', () => {
    const qs = questionsOf(
      TWEET('Team Harbour reportedly wants a famous boxer at the quay party https://t.co/Ab12Cd34Ef'),
    );
    // Was "Can it be confirmed that Team Harbour wants a famous boxer at the quay party https://t.co/Ab12Cd34Ef?".
    expect(qs).toContain('Can it be confirmed that Team Harbour wants a famous boxer at the quay party?');
    expect(qs.join(' ')).not.toMatch(/https:\/\/t\.co\/\w+\?/);
  });

  it('control: the same tweet with no link asks the same question', () => {
    expect(questionsOf(TWEET('Team Harbour reportedly wants a famous boxer at the quay party'))).toContain(
      'Can it be confirmed that Team Harbour wants a famous boxer at the quay party?',
    );
  });
});

describe('a finding of no evidence in a relative clause is not the sentence’s subject’s claim (#23)', () => {
  it('"… quoted two engineers who have found no evidence" is shown, not credited to the opening noun', () => {
    const body =
      'Inspectors soon noted that the mayor may have been speaking loosely, and a memo cited by his office quoted two engineers who have found no evidence of the cracks so far.';
    const qs = questionsOf(body);
    // Was "What is Inspectors' claim of no evidence of the cracks so far based on, and has anyone checked it?".
    expect(qs.join(' ')).not.toMatch(/Inspectors' claim/i);
    expect(qs).toContain(`Unverified: “${body}”`);
  });

  it('control: the subject’s own finding is still asked', () => {
    expect(
      questionsOf("Inspectors have found no evidence of the cracks so far, the mayor's office said on Monday."),
    ).toContain("What is inspectors' claim of no evidence of the cracks so far based on, and has anyone checked it?");
  });
});

describe('a claim on the first side of "between … and …" ends before the second side (#26)', () => {
  it('"between her claim that A and the auditor’s report" asks A alone', () => {
    const qs = questionsOf(
      'The remarks came in a long answer to a question about the gap between her claim that she "never moved any harbour funds" into her own account and the auditor\'s report to the board at the end of its review.',
    );
    // Was "Is it true that she "never moved …" into her own account and the auditor's report to the board at the end…?".
    expect(qs).toContain('Is it true that she "never moved any harbour funds" into her own account?');
  });

  it('an "and" inside the claim stays; a second side with a verb of its own leaves the passage shown', () => {
    expect(
      questionsOf(
        "The row turned on the gap between the mayor's claim that fares had risen and services were cut and the figures in the council's own annual report.",
      ),
    ).toContain('Is it true that fares had risen and services were cut?');
    const body =
      "The row turned on the gap between the mayor's claim that fares had risen and services were cut and what the council's own annual report showed.";
    expect(questionsOf(body)).toContain(`Unverified: “${body}”`);
  });

  it('control: a claim with no "between" keeps its whole clause', () => {
    expect(
      questionsOf(
        'The remarks came in a long answer to a question about her claim that she "never moved any harbour funds" into her own account during the review.',
      ),
    ).toContain('Is it true that she "never moved any harbour funds" into her own account during the review?');
  });
});

describe('a hedge inside a fronted with-phrase doubts the phrase, not the main clause (#40)', () => {
  it('"In May 2005, with … its popularity apparently high, the board held elections" is shown, no word dropped', () => {
    const body =
      "In May 2005, with ferry traffic growing fast and the council's popularity apparently high, the harbour board held elections, the first open vote in its history, and invited observers to attend.";
    const qs = questionsOf(body);
    // Was "Can it be confirmed that with ferry traffic growing fast and the council's popularity high, the harbour
    // board held elections, …?": the date cut, "apparently" dropped, the doubt moved to the election.
    expect(qs.join(' ')).not.toMatch(/popularity high/);
    expect(qs).toContain(`Unverified: “${body}”`);
  });

  it('control: a hedge on the main clause after a with-phrase is still asked', () => {
    expect(
      questionsOf(
        'With ferry traffic growing fast, the harbour board reportedly held elections in secret, the first closed vote in its history.',
      ),
    ).toContain(
      'Can it be confirmed that with ferry traffic growing fast, the harbour board held elections in secret, the first closed vote in its history?',
    );
  });
});

describe('a numbers list’s caption is shown with its figure (sample 42’s #41)', () => {
  it('"$40 million." then "The amount the board reportedly spent …" is one passage citing both sentences', () => {
    const analysis = analyzeArticle(
      'Harbour news in brief\n\n$40 million.\n\nThe amount the harbour board reportedly spent on the new quay last year, according to the Courier.',
    );
    // Was "Unverified: “The amount the harbour board reportedly spent …”", the figure it describes left out.
    expect(analysis.questions.map((q) => [q.text, q.sentenceIds])).toContainEqual([
      'Unverified: “$40 million. The amount the harbour board reportedly spent on the new quay last year, according to the Courier.”',
      [0, 1],
    ]);
  });

  it('control: a list’s number before a named item, and a caption that is a clause, are shown alone', () => {
    const item = 'Councillor Jane Morrow reportedly spent the money on the new quay last year.';
    expect(questionsOf(`2.\n\n${item}`)).toContain(`Unverified: “${item}”`);
    const clause = 'The harbour board reportedly spent it on the new quay last year, according to the Courier.';
    expect(questionsOf(`$40 million.\n\n${clause}`).join(' ')).not.toMatch(/\$40 million\. The harbour/);
  });
});

describe('a plan whose clause gives its time is not asked "and when?" (#42)', () => {
  it('"immediately" and "by the end of 2027" answer when', () => {
    // Were "Will the harbour master challenge those figures immediately, and when?" and "… by the end of 2027, and when?".
    expect(
      questionsOf('The harbour master planned to challenge those figures immediately, her office said.'),
    ).toContain('Will the harbour master challenge those figures immediately?');
    expect(
      questionsOf('The harbour master planned to challenge those figures by the end of 2027, her office said.'),
    ).toContain('Will the harbour master challenge those figures by the end of 2027?');
  });

  it('control: a manner or a year in a noun phrase gives no time, so "and when?" stays', () => {
    expect(questionsOf('The harbour master planned to challenge those figures in public, her office said.')).toContain(
      'Will the harbour master challenge those figures in public, and when?',
    );
    expect(questionsOf('The harbour master planned to challenge the 2026 figures, her office said.')).toContain(
      'Will the harbour master challenge the 2026 figures, and when?',
    );
  });
});

describe('a fronted date stays in the claim the confirmation template asks (#40’s date, sample 41’s #38 class)', () => {
  it('"In May 2005, the board reportedly held elections" keeps "in May 2005"', () => {
    // Was "Can it be confirmed that the harbour board held elections in secret, …?": the date the claim rests on cut.
    expect(
      questionsOf(
        'In May 2005, the harbour board reportedly held elections in secret, the first closed vote in its history.',
      ),
    ).toContain(
      'Can it be confirmed that in May 2005, the harbour board held elections in secret, the first closed vote in its history?',
    );
  });

  it('control: a fronted weekday or a season holds no figure and still goes', () => {
    expect(
      questionsOf(
        'On Tuesday, the harbour board reportedly held elections in secret, the first closed vote in its history.',
      ),
    ).toContain(
      'Can it be confirmed that the harbour board held elections in secret, the first closed vote in its history?',
    );
    expect(questionsOf('In the spring, the harbour board reportedly held elections in secret.')).toContain(
      'Can it be confirmed that the harbour board held elections in secret?',
    );
  });
});
