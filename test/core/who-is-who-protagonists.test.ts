import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';
import { withoutLeadIn } from '../../src/core/without-lead-in';

const people = (story: string) => whoIsWho(analyzeArticle(story)).people;
const story = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('who is who: protagonists the copy never names in full, or names once', () => {
  it('lists a surname titled "Mr." and "President" beside the one full name of his wife', () => {
    const list = people(
      story(
        'Holiday party season at the residence',
        'As President Lanford faced criticism over his budget this month, guests lined up at the residence.',
        'Mr. Lanford shook hands for two hours, and Mrs. Lanford greeted each guest by name.',
        'Gloria Lanford, who hosts the parties, said the lines were long.',
        'Mr. Lanford later told reporters the parties were worth it.',
        'Aides said Mr. Lanford would host three more parties.',
      ),
    );
    expect(list.find((p) => p.name === 'Lanford')).toEqual({ name: 'Lanford', role: 'President' });
    // His title is not hers.
    expect(list.find((p) => p.name === 'Gloria Lanford')?.role ?? null).toBeNull();
  });

  it('keeps one person when every honorific disagrees with the name table (the table is wrong)', () => {
    const list = people(
      story(
        'Scholar weighs in',
        'Lee Holloway, a professor of law, studies the court.',
        'Ms. Holloway said the vote would be close. Ms. Holloway added that the court was split.',
      ),
    );
    expect(list.filter((p) => p.name.endsWith('Holloway')).map((p) => p.name)).toEqual(['Lee Holloway']);
  });

  it('reads a listed first name shaped like an adverb as a name where the copy never writes it in lower case', () => {
    expect(withoutLeadIn('Carly Fiorina', 'Carly Fiorina spoke. Fiorina left.')).toBe('Carly Fiorina');
    expect(withoutLeadIn('Early Trump', 'Early Trump backers came early.')).toBe('Trump');
    // Without the copy, the opener rule is as before.
    expect(withoutLeadIn('Significantly Trump')).toBe('Trump');
    const list = people(
      story(
        'Speech skewered by Carly Menzer',
        'In response, former chief executive and presidential candidate Carly Menzer opened up on Twitter.',
        'Menzer said the speech was empty.',
      ),
    );
    expect(list.map((p) => p.name)).toContain('Carly Menzer');
  });
});
