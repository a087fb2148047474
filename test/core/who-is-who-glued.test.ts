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
const glued = (people: string[], text: string, roles: Record<string, string> = {}) =>
  whoIsWhoGlued(
    people.map((name) => ({ name, role: roles[name] ?? null })),
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

  // who35 (review B-who34-1): an English first word was the only evidence, and dropped real people beside a namesake.
  it('keeps a person whose given name is an English word, used as a subject or object in mid-sentence', () => {
    const johnson =
      'Libertarian nominee Gary Johnson spoke. Magic Johnson endorsed Clinton. Johnson disagreed with Magic Johnson on trade.';
    expect(glued(['Gary Johnson', 'Magic Johnson'], johnson)).toEqual(['Gary Johnson', 'Magic Johnson']);
    const limbaugh =
      'Separately, conservative author David Limbaugh defended his brother. Radio host Rush Limbaugh had called the plan a disaster, and Rush Limbaugh repeated the claim on air on Monday. Donald Trump later praised Rush Limbaugh.';
    expect(glued(['David Limbaugh', 'Rush Limbaugh'], limbaugh)).toEqual(['David Limbaugh', 'Rush Limbaugh']);
    // The role the copy gives the run is a person's cue even where every use could be glue.
    const host = 'Radio host Rush Limbaugh’s show ran. David Limbaugh spoke. Rush Limbaugh’s fans came.';
    expect(glued(['David Limbaugh', 'Rush Limbaugh'], host, { 'Rush Limbaugh': 'Radio host' })).toEqual([
      'David Limbaugh',
      'Rush Limbaugh',
    ]);
  });

  it('drops the run where each use is glue: a noun after it, a slogan, inside a name', () => {
    const text =
      'Donald Trump spoke. A committed Stop Trump movement grew, said a leader of the Coalition to Stop Trump. A shirt read “Fascist Trump,” and Filipino Trump staffers laughed.';
    expect(glued(['Donald Trump', 'Stop Trump', 'Fascist Trump', 'Filipino Trump'], text)).toEqual(['Donald Trump']);
  });

  it('lists Rush Limbaugh with his role in a whole story beside his brother', () => {
    const people = whoIsWho(
      analyzeArticle(
        [
          'Limbaugh brothers split',
          '',
          'Separately, conservative author David Limbaugh defended his brother. Radio host Rush Limbaugh had called the plan a disaster, and Rush Limbaugh repeated the claim on air on Monday. David Limbaugh said his brother was right.',
          '',
          'Hope Hicks, a Trump aide, declined to comment. Donald Trump later praised Rush Limbaugh. Trump said Hicks was loyal.',
        ].join('\n'),
      ),
    ).people;
    expect(people.find((p) => p.name === 'Rush Limbaugh')?.role).toBe('Radio host');
    expect(people.map((p) => p.name)).toContain('David Limbaugh');
  });
});
