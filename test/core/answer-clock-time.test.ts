import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// "What time did the plane lose contact?" was answered with "…, the airline said Thursday.": a weekday or a date
// answers "when", but "what time" asks for a time of day, which the sentence does not give. Composed copy.
const story = `Lifeboat station gala this weekend

By Ana Cole

The lifeboat station's gala dinner will be held on Saturday at Kelby town hall, its organisers said.

Tickets cost £25 and the money will go towards a new engine for the station's inshore boat.
`;
const gala = analyzeArticle(story);
const saturday = "The lifeboat station's gala dinner will be held on Saturday at Kelby town hall, its organisers said.";

describe('"what time" asks for a time of day', () => {
  it('"What time does the gala dinner start?" is not answered by the weekday alone', () => {
    expect(firstCited(gala, 'What time does the gala dinner start?')).toBe("doesn't say");
  });

  it('control: "when" is still answered by the weekday', () => {
    expect(firstCited(gala, 'When is the gala dinner?')).toBe(saturday);
  });

  it('control: a clock time answers "what time"', () => {
    const timed = analyzeArticle(story.replace('on Saturday at', 'at 7.30pm on Saturday at'));
    expect(firstCited(timed, 'What time does the gala dinner start?')).toBe(
      saturday.replace('on Saturday at', 'at 7.30pm on Saturday at'),
    );
  });

  // Review s44 B-r44-2: British "19.30", a bare 24-hour "2130" and a spelled hour answer "what time"; "what time of
  // year" asks for a season, not a clock.
  it.each([
    ['at 19.30 on Saturday at', 'at 19.30'],
    ['at 1930 on Saturday at', 'at 1930'],
    ['at nine on Saturday at', 'at nine'],
  ])('a time written %s answers "what time"', (written) => {
    const timed = analyzeArticle(story.replace('on Saturday at', written));
    expect(firstCited(timed, 'What time does the gala dinner start?')).toBe(
      saturday.replace('on Saturday at', written),
    );
  });

  it('"what time of year" is answered by a season; "at nine people" is no hour', () => {
    const seasonal = analyzeArticle(story.replace('on Saturday at', 'in the autumn at'));
    expect(firstCited(seasonal, 'What time of year is the gala dinner held?')).toBe(
      saturday.replace('on Saturday at', 'in the autumn at'),
    );
    const counted = analyzeArticle(story.replace('on Saturday at', 'for tables at nine people each on Saturday at'));
    expect(firstCited(counted, 'What time does the gala dinner start?')).toBe("doesn't say");
  });

  // Review s45 B-r45-2: a year after "by"/"after" and a spelled count ("about two dozen") are no time of day.
  it.each([
    'by 2030 and after 2026 at',
    'once about two dozen tickets are sold, on Saturday at',
    'until 1865 prices on Saturday at',
    'won by two, on Saturday at',
  ])('"%s" gives no time of day', (written) => {
    const dated = analyzeArticle(story.replace('on Saturday at', written));
    expect(firstCited(dated, 'What time does the gala dinner start?')).toBe("doesn't say");
  });

  it('control: a 24-hour hour that cannot be a year answers after "by"', () => {
    const timed = analyzeArticle(story.replace('on Saturday at', 'by 2130 on Saturday at'));
    expect(firstCited(timed, 'What time does the gala dinner start?')).toBe(
      saturday.replace('on Saturday at', 'by 2130 on Saturday at'),
    );
  });
});

// Review s46 B-r46-1: the commonest British forms, minutes past or to an hour, and a 0-led hour before a routine's
// words were no longer read as times of day; "until 2100" is a century, not an hour.
describe('"what time" reads minutes past or to an hour and a 0-led hour by their grammar', () => {
  const ferry = `Ferry timetable cut

The last ferry left Harwick quay at ten past nine on Friday, an hour earlier than usual.

The operator said the winter timetable would run until March.
`;
  const gates = `Lock gates reopen

The Harwick lock gates open at 0930 each day from Monday, the canal trust said.

The trust said repairs had cost £2m.
`;
  const left = 'The last ferry left Harwick quay at ten past nine on Friday, an hour earlier than usual.';

  it.each(['at ten past nine', 'at five to seven', 'at twenty-five past 8'])('"%s" answers "what time"', (written) => {
    const timed = analyzeArticle(ferry.replace('at ten past nine', written));
    expect(firstCited(timed, 'What time did the last ferry leave Harwick quay?')).toBe(
      left.replace('at ten past nine', written),
    );
  });

  it.each([
    ['at 0930 each day', 'The Harwick lock gates open at 0930 each day from Monday, the canal trust said.'],
    ['at 1400 every day', 'The Harwick lock gates open at 1400 every day from Monday, the canal trust said.'],
  ])('"%s" answers "what time"', (written, cited) => {
    const timed = analyzeArticle(gates.replace('at 0930 each day', written));
    expect(firstCited(timed, 'What time will the lock gates open?')).toBe(cited);
  });

  it('"until 2100" is a year: no time of day', () => {
    const dated = analyzeArticle(story.replace('on Saturday at', 'to fund the station until 2100, on Saturday at'));
    expect(firstCited(dated, 'What time does the gala dinner start?')).toBe("doesn't say");
  });

  it.each([
    'for tables of five to seven guests, on Saturday at',
    'with the count capped at 1400 guests, on Saturday at',
  ])('control: a range or a count, "%s", gives no time of day', (written) => {
    const counted = analyzeArticle(story.replace('on Saturday at', written));
    expect(firstCited(counted, 'What time does the gala dinner start?')).toBe("doesn't say");
  });
});
