import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Audit 62, B-a62-10, -11 and -15: a form of address between a post and its holder's name ("Mrs", "Dr", or one the
 * copy teaches, "Cde") cost the holder the role or split the person in two; a numbered unit ("Ward 7") was cut off the
 * post. Copy written for the test.
 */
const people = (...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Clinic works stall in Chipinge', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')))
    .people;

describe('who is who, a form of address between the post and the name', () => {
  it('reads an address the copy teaches as no part of the name, and the long post opening the sentence as the role', () => {
    const found = people(
      'Minister of State for Water and Sanitation for Chiredzi, Cde Tafara Mukono, said the money had been released.',
      '"We have the records," Cde Mukono said. "The council has not shown us a receipt."',
      'Cde Mukono said an audit team would arrive next week.',
      'Ward 9 councillor Cde Nyasha Dube-Moyo said mothers had to walk to the hospital.',
      'Cde Dube-Moyo said she had raised the matter twice.',
    );
    expect(found.filter((p) => /Mukono/.test(p.name))).toEqual([
      { name: 'Tafara Mukono', role: 'Minister of State for Water and Sanitation for Chiredzi' },
    ]);
    expect(found.find((p) => /Dube-Moyo/.test(p.name))).toEqual({
      name: 'Nyasha Dube-Moyo',
      role: 'Ward 9 councillor',
    });
  });

  it('reads "the <post>, Mrs <Name>," as the role wherever the phrase stands', () => {
    const found = people(
      'Mr Gumbo said the firm had approached the district health officer, Mrs Rutendo Chari, in March.',
      'Contacted for comment, Mrs Chari said her office was "following up".',
    );
    expect(found.find((p) => p.name === 'Rutendo Chari')?.role).toBe('district health officer');
  });

  it('keeps a gerund-shaped given name after "Dr" and the post before an address ("Coordinator Mr")', () => {
    const found = people(
      'Economic analyst Dr Blessing Mapfumo of Midlands State University said the money moved through too many desks.',
      '"Every desk is a wait," said Dr Mapfumo.',
      'Chipinge District Schools Coordinator Mr Tinashe Gumbo said a meeting would be held on Thursday.',
    );
    expect(found.find((p) => /Mapfumo/.test(p.name))).toEqual({ name: 'Blessing Mapfumo', role: 'Economic analyst' });
    expect(found.find((p) => /Gumbo/.test(p.name))?.role).toBe('Chipinge District Schools Coordinator');
  });

  it('keeps a numbered unit in the post ("Ward 7 chair"); a date before a post is no unit', () => {
    const found = people(
      'Ward 7 chair Hari Prasad Koirala said the road to the landfill was unsafe.',
      'Koirala said the council had not replied to three letters.',
      'On June 12 spokesman Ravi Bhatta said the tender would go ahead. Bhatta said the study was done.',
    );
    expect(found.find((p) => p.name === 'Hari Prasad Koirala')?.role).toBe('Ward 7 chair');
    expect(found.find((p) => p.name === 'Ravi Bhatta')?.role).toBe('spokesman');
  });
});
