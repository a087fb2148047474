import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';
import { whoIsWhoGlued } from '../../src/core/who-is-who-glued';

/**
 * who34 (session 26): "Given Obama", "Longtime Clinton", "Team Clinton", "Stop Trump", "New Hampshire Sanders" were
 * listed as people on PolNeAR train — an English word glued to a listed person's surname. Copy written for the test.
 */
const names = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.map((p) => p.name);
const glued = (people: string[], text: string) =>
  whoIsWhoGlued(
    people.map((name) => ({ name })),
    text,
  ).map((p) => p.name);

describe('who-is-who, an English word glued to a surname', () => {
  it('drops the run beside a full name with the surname', () => {
    const text =
      'Hillary Clinton spoke. Team Clinton’s contention was wrong, aides said. Clinton left. Longtime Clinton foes came.';
    expect(glued(['Hillary Clinton', 'Team Clinton', 'Longtime Clinton'], text)).toEqual(['Hillary Clinton']);
    // No one listed in full by the surname: the run stays (cutting it to "Obama" would cut "Mitt" off "Mitt Romney").
    const obama = 'President Obama named a judge. Given Obama’s strong approval, Republicans wait. Obama said so.';
    expect(glued(['Given Obama'], obama)).toEqual(['Given Obama']);
    expect(glued(['Obama', 'Given Obama'], obama)).toEqual(['Obama', 'Given Obama']);
  });

  it('keeps a run whose tail is a name of its own ("Navy SEAL Ty Woods" beside "Ty Woods")', () => {
    const text = 'Dorothy Woods spoke. Her husband, Navy SEAL Ty Woods, died. Woods said so.';
    expect(glued(['Dorothy Woods', 'Ty Woods', 'Navy SEAL Ty Woods'], text)).toEqual([
      'Dorothy Woods',
      'Ty Woods',
      'Navy SEAL Ty Woods',
    ]);
  });

  it('keeps a name: a given name of the lists, a word that is no English word, a run the copy gives a cue of its own', () => {
    const text = 'Bill Clinton spoke. Chelsea Clinton and Rand Clinton came. Clinton left.';
    expect(glued(['Bill Clinton', 'Chelsea Clinton', 'Rand Clinton'], text)).toEqual([
      'Bill Clinton',
      'Chelsea Clinton',
      'Rand Clinton',
    ]);
    // "mitt" is an English word to WordNet, but "Mitt Romney said" is a person the copy quotes.
    const romney = 'Ann Romney spoke. “We will win,” Mitt Romney said. Romney left.';
    expect(glued(['Ann Romney', 'Mitt Romney'], romney)).toEqual(['Ann Romney', 'Mitt Romney']);
    const titled = 'Ann Romney spoke. Gov. Mitt Romney came. Romney left.';
    expect(glued(['Ann Romney', 'Mitt Romney'], titled)).toEqual(['Ann Romney', 'Mitt Romney']);
    // A given name in no list and no English word: "Ivanka" is no glued word.
    expect(glued(['Donald Trump', 'Ivanka Trump'], 'Donald Trump spoke. Ivanka Trump came. Trump left.')).toEqual([
      'Donald Trump',
      'Ivanka Trump',
    ]);
  });

  it('lists the person and not the run in a whole story', () => {
    const people = names(
      'Sanders backs Clinton',
      'Bernie Sanders endorsed Hillary Clinton on Monday, said Jane Doe, a campaign aide.',
      'Given Sanders’ electoral success, his endorsement matters. “We will unite,” Sanders said.',
      'Team Clinton welcomed it. Given Sanders’ base, Clinton will need him, Doe said.',
    );
    expect(people).toContain('Bernie Sanders');
    expect(people).toContain('Hillary Clinton');
    expect(people).not.toContain('Given Sanders');
    expect(people).not.toContain('Team Clinton');
  });
});
