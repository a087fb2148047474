import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * Session 51, fix51a (audit 52, B-a52-11): a line that only introduces the quotation set apart after it ("…, said in a
 * statement:") was a summary bullet, empty shown alone; the questions already skipped it (lead-in.ts). Copy written
 * for the test.
 */
function summary(spokesLine: string): string[] {
  const text = [
    'Barn fire closes Mill Lane',
    'Fire crews spent six hours on Tuesday fighting a barn fire on Mill Lane in Ostwick, the county fire service said.',
    spokesLine,
    '"Crews kept the fire from spreading to the farmhouse next door. We thank residents for keeping their windows closed."',
    'The barn, which held about 400 bales of straw, was destroyed, and the lane was closed to traffic until the evening.',
    'Nobody was hurt, and the cause of the fire is under investigation, the service said in an update on Wednesday.',
    'Neighbours said smoke could be seen from the next village, and several called the fire service within minutes.',
    'The farm has been run by the same family since 1952, and the barn was built in the 1970s.',
    'The fire service said it would publish its findings once the investigation was complete.',
  ].join('\n\n');
  return analyzeArticle(text).summary.map((item) => item.text);
}

describe('a line introducing a quotation set apart', () => {
  it('is no summary bullet', () => {
    const line =
      'Station Manager Ruth Askew of the county fire service, who led the fire crews on Mill Lane, said in a statement:';
    expect(summary(line)).not.toContain(line);
  });

  it('control: the same speaker giving a claim of her own is read as before', () => {
    const line =
      'Station Manager Ruth Askew of the county fire service, who led the fire crews on Mill Lane, said the barn fire was the largest in Ostwick in years.';
    expect(summary(line)).toContain(line);
  });
});

/** A story whose lead carries the news and then introduces the quotation set apart after it. */
function leadSummary(lead: string): string[] {
  const text = [
    'Village hall to be sold',
    lead,
    '"It was not an easy decision, but the roof alone would cost more than the hall is worth."',
    'The hall, built by volunteers in 1921, has been shut since a beam cracked in the spring.',
    'A survey in May found damp in every wall and rot in most of the floor joists.',
    'Residents who use the hall for the weekly market will move to the school gym from March.',
    'A group of residents said it would ask the county to list the building before the sale.',
  ].join('\n\n');
  return analyzeArticle(text).summary.map((item) => item.text);
}

describe('a lead whose own clause carries the news before "…, and <speaker> said:" (review 52, B-r52-6)', () => {
  it('is shown cut at the join, not dropped', () => {
    const news = 'The parish council voted 7-2 on Monday night to sell the village hall to a developer';
    const summary = leadSummary(`${news}, and its chairman, Ken Doyle, said:`);
    expect(summary[0]).toBe(`${news}.`);
  });

  it('control: a subordinate clause before the join is no news of its own and stays out with its lead-in', () => {
    const lead = 'If the parish council sells the village hall in the spring, and its chairman, Ken Doyle, said:';
    expect(leadSummary(lead).some((item) => item.startsWith('If the parish council'))).toBe(false);
  });

  it('control: a lead that only names its speaker stays out, a relative clause being no news of its own', () => {
    const lead = 'Ken Doyle, who chaired the parish council vote on Monday night, said:';
    expect(leadSummary(lead)).not.toContain(lead);
  });
});
