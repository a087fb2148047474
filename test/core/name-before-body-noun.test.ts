import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const who = (paragraphs: string[]) => {
  const w = whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title: 'Primary race tightens' }));
  return { people: w.people.map((p) => p.name), organizations: w.organizations };
};

/** Issue 13: "The Jeb Bush campaign" — a person's name premodifying a noun after "the" is still a person's. */
describe('a titled name that also premodifies a noun after "the"', () => {
  it('"The Corvin Tate campaign" beside "Gov. Corvin Tate" lists Corvin Tate as a person, not a body', () => {
    const w = who([
      'The Corvin Tate campaign released a new advertisement on Monday.',
      'Former Gov. Corvin Tate said his rival was "not ready to lead".',
      '"We will win this state," Tate said at a rally.',
    ]);
    expect(w.people).toContain('Corvin Tate');
    expect(w.organizations).not.toContain('Corvin Tate');
  });

  it('control: a name the copy writes only after "the", never titled, stays a body', () => {
    const w = who([
      'The Brightwater Marine fleet was sold on Monday.',
      '"It is a sad day," said Ana Lopes, who worked there for 20 years.',
      'The Brightwater Marine board met on Tuesday. Lopes said staff were told nothing.',
    ]);
    expect(w.people).not.toContain('Brightwater Marine');
  });
});
