import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const listed = (paragraphs: string[]) =>
  whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title: 'Harbour fraud' })).people.map((p) => p.name);

/**
 * Issue 13, review 47 B-r47-5: a given name that also opens place names ("Glen", as in "Glen Coe") is a given name
 * when the copy quotes or titles the person; "Prosecutor Glen Harte" quoted twice was dropped from who is who.
 * Copy written for the test.
 */
describe('who is who: a place word as a given name', () => {
  it('lists a quoted, titled person whose given name opens place names', () => {
    const names = listed([
      'Prosecutor Glen Marrick told the jury that the harbour accounts had been emptied over two years.',
      '“Every payment was hidden,” Marrick said. “It was deliberate,” Marrick added.',
    ]);
    expect(names).toContain('Glen Marrick');
  });

  it('control: the same run, never quoted nor titled, written as a place, is no person', () => {
    const names = listed([
      'Prosecutor Ana Dovey said the harbour accounts had been emptied. “It was deliberate,” Dovey said.',
      'The boats were kept at Glen Marrick over the winter, and the sheds at Glen Marrick were searched.',
    ]);
    expect(names).toContain('Ana Dovey');
    expect(names).not.toContain('Glen Marrick');
  });
});
