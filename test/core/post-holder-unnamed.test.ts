import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// ans82, session 61: "Who is the <post> (of <body>)?" was answered by a sentence that says the post or its body but
// names no one holding it (audit 61 B-a61-20). Composed copy.
const story = (line: string) =>
  analyzeArticle(
    [
      'Ferry timetable cut as fuel costs rise',
      'The island ferry will sail twice a day instead of four times from next month, the operator said.',
      line,
      'Passengers said the cuts would leave them stranded on winter evenings.',
    ].join('\n\n'),
  );

describe('who is the <post>, over a sentence naming no holder', () => {
  it('declines when the post is said but no one is set beside it', () => {
    const a = story(
      "Councillor Mirela Haskins said she had written to the Harbour Trust's Director of Marine Services.",
    );
    const r = answerQuestion(a, 'Who is the Director of Marine Services?');
    expect(r).toMatchObject({ answer: null, reason: 'The article does not name who holds that post.' });
    expect(r.answer === null && a.sentences.find((s) => s.id === r.nearestId)?.text).toContain('Director of Marine');
  });

  it('declines when the sentence says only the body the post is of, and no one', () => {
    const a = story('The service is paid for by the Department of Island Transport, which set the new timetable.');
    expect(answerQuestion(a, 'Who is the secretary of island transport?')).toMatchObject({ answer: null });
  });

  it('answers when a name is titled by the post (control)', () => {
    const a = story('Director of Marine Services Pieter Oosthuizen said the timetable would be reviewed in spring.');
    expect(answerQuestion(a, 'Who is the Director of Marine Services?').answer).toContain('Pieter Oosthuizen');
  });

  it("answers when the name's relative clause holds the post (control)", () => {
    const a = story(
      'Mirela Haskins, who is also the trust’s treasurer, said the timetable would be reviewed in spring.',
    );
    expect(answerQuestion(a, "Who is the trust's treasurer?").answer).toContain('Mirela Haskins');
  });

  // rev64fixa (review 64, R64-2): a clause set off between the post and the copula ("The <post> of <body>, who …, is
  // <Name>") hid the holder, and the question got a false "doesn't say" quoting the answer back.
  it('answers when a clause stands between the post and the copula naming its holder', () => {
    for (const line of [
      'The director of marine services, who took over in March, is Pieter Oosthuizen, a former ferry captain.',
      'The director of marine services, appointed in March, is Pieter Oosthuizen, a former ferry captain.',
      'Pieter Oosthuizen, who took over in March, is the director of marine services and a former ferry captain.',
    ])
      expect(answerQuestion(story(line), 'Who is the director of marine services?').answer).toContain('Oosthuizen');
  });

  it('still declines when the clause ends before another verb, or holds the name (control)', () => {
    for (const line of [
      'The director of marine services, who took over in March, wrote to Pieter Oosthuizen about the timetable.',
      'The director of marine services, who met Pieter Oosthuizen in March, is expected to review the timetable.',
    ])
      expect(answerQuestion(story(line), 'Who is the director of marine services?')).toMatchObject({ answer: null });
  });
});
