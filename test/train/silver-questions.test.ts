import { describe, expect, it } from 'vitest';
import { contentPhrase, cueForms, loosen, silverQuestions, sourceName } from '../../src/train/silver-questions';
import type { Attribution } from '../../src/train/weak-labels';

const attribution = (source: string | null, cue: string, content: string, start: number): Attribution => ({
  start,
  end: start + content.length,
  content,
  cue,
  source,
});

describe('silver questions from PolNeAR attributions', () => {
  it('names the source by the name at the end of its phrase, never by a pronoun', () => {
    expect(sourceName('Former Secretary of State and Democratic presidential frontrunner Hillary Clinton')).toBe(
      'Hillary Clinton',
    );
    expect(sourceName('the House Committee on Oversight')).toBe('House Committee on Oversight');
    expect(sourceName('She')).toBeNull();
    expect(sourceName('We’ve')).toBeNull();
    expect(sourceName('a campaign aide')).toBeNull();
  });

  it('turns a cue into the verb a question takes, or refuses one that is not a verb', () => {
    expect(cueForms('is calling for')).toEqual({ base: 'call for', past: null });
    expect(cueForms('suggested')).toEqual({ base: 'suggest', past: 'suggested' });
    expect(cueForms('says')).toEqual({ base: 'say', past: 'said' });
    expect(cueForms('according to')).toBeNull();
    expect(cueForms('reserved his most eloquent passion for')).toBeNull();
  });

  it('repeats the start of the content as a reader would, without quotes, "that" or a dangling word', () => {
    expect(contentPhrase('that the United States should send more special forces into Syria to combat')).toBe(
      'the United States should send more special forces',
    );
    expect(contentPhrase('“the conservative news show of record,” and more')).toBe(
      'the conservative news show of record',
    );
    // First person belongs to a direct quote a reader would reword; too short says nothing.
    expect(contentPhrase('I will not back down from this fight')).toBeNull();
    expect(contentPhrase('no')).toBeNull();
  });

  it('loosens a phrase reproducibly, keeping its names and numbers', () => {
    const phrase = 'the Paris terror attacks highlight the threat of 27 extremist groups';
    const loose = loosen(phrase, 0.5);
    expect(loose).toBe(loosen(phrase, 0.5));
    expect(loose.split(' ').length).toBeLessThan(phrase.split(' ').length);
    for (const kept of ['Paris', '27']) expect(loose).toContain(kept);
    expect(loosen(phrase, 0)).toBe(phrase);
  });

  it('asks at most three questions an article, none about the headline, some of them unanswerable', () => {
    const body = 100;
    const attributions = [
      attribution('Senator John McCain', 'said', 'the Republican populist movement is sweeping the country', 10),
      ...Array.from({ length: 12 }, (_, k) =>
        attribution(
          `Ann ${String.fromCharCode(65 + k)}ork`,
          'argued',
          `the budget for program ${k} would run out of money by spring`,
          body + k * 200,
        ),
      ),
    ];
    const questions = silverQuestions(attributions, body);
    expect(questions).toHaveLength(3);
    for (const q of questions) {
      expect(q.question).toMatch(/^(?:did|who) .+\?$/);
      expect(q.question).not.toContain('McCain');
      expect(q.spans[0]![0]).toBeGreaterThanOrEqual(body);
    }
    const many = Array.from({ length: 40 }, (_, k) =>
      silverQuestions([attribution('Jane Doe', 'said', `the plan number ${k} costs far too much money`, body)], body),
    ).flat();
    const unanswerable = many.filter((q) => q.unanswerable).length;
    expect(unanswerable).toBeGreaterThan(0);
    expect(unanswerable).toBeLessThan(many.length / 2);
  });
});
