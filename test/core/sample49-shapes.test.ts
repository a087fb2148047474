import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { challenge } from '../../src/core/challenge-question';
import { accusation } from '../../src/core/charge-questions';
import { claimOwnerIt } from '../../src/core/claim-owner-it';
import { denial } from '../../src/core/denial-question';
import { singleSource } from '../../src/core/single-source';

/**
 * Shapes hand-read sample 49 found (docs/hand-read-questions/054-sample-49.md, main's head `6e0b1d87`), in copy
 * written for the test, with near controls that must not change. Each case failed on `6e0b1d87`.
 */

describe('a relative "who has accused" keeps the name it hangs on as the accuser (#32)', () => {
  const names = new Set(['Tomas', 'Reyes', 'Vera', 'Lind', 'Harbour', 'Trust']);
  const ask = (text: string) => accusation({ text, actor: null, mainActor: null, properWords: names });
  it.each([
    '"Who reads the minutes?" said Tomas Reyes, a harbour commissioner and ferry campaigner who has accused the dock workers of stalling his repairs.',
    '"Who reads the minutes?" said Tomas Reyes, who has accused the dock workers of stalling his repairs.',
    // A participle before the description's head is an adjective, no finite verb (review 52, B-r52-8).
    '"Who reads the minutes?" said Tomas Reyes, a retired harbour pilot who has accused the dock workers of stalling his repairs.',
    '"Who reads the minutes?" said Tomas Reyes, an elected member of the board who has accused the dock workers of stalling his repairs.',
  ])('%s', (text) => {
    expect(ask(text)).toBe('How do the dock workers answer the accusation by Tomas Reyes of stalling his repairs?');
  });
  it.each([
    // A description with a finite verb of its own is a clause, not an apposition: no one name accuses.
    [
      'Tomas Reyes, a pilot the board retired who has accused the dock workers of stalling his repairs, spoke.',
      'How do the dock workers answer the accusation of stalling his repairs?',
    ],
    // A common noun before "who" names no one; a capitalised body before "which" already accused.
    [
      'The residents who have accused the council of stalling the repairs said they would march.',
      'How does the council answer the accusation of stalling the repairs?',
    ],
    [
      'Vera Lind, a commissioner with the Harbour Trust which accused the dock workers of stalling the repairs, spoke.',
      'How do the dock workers answer the accusation by the Harbour Trust of stalling the repairs?',
    ],
    // A list of names before the relative: the relative is the whole list's, so no one name accuses.
    [
      'The council released letters from Vera Lind and Tomas Reyes, two of the tenants who have accused the landlord of ignoring repairs.',
      'How does the landlord answer the accusation of ignoring repairs?',
    ],
  ])('control: %s', (text, asked) => {
    expect(ask(text)).toBe(asked);
  });
});

describe('a denial closing a dashed aside has no object after the dash (#42)', () => {
  const ask = (text: string) => denial({ text, actor: null, mainActor: null, properWords: new Set(['Ruth', 'Amos']) });
  it.each([
    'If the pier is indeed sinking — as many engineers believe, and residents are claiming, but the council strongly denies — “why wouldn’t you close it?” asked Ruth Amos, a ferry captain.',
    'If the pier is indeed sinking -- as many engineers believe, but the council strongly denies -- why would anyone wait, asked Ruth Amos.',
  ])('%s: the passage is shown', (text) => {
    expect(ask(text)).toBeNull();
  });
  it('a bare "denies the …" clause keeps its article', () => {
    expect(ask('The council strongly denies the pier is sinking, a ferry captain said.')).toBe(
      'Is there evidence that the pier is sinking, which the council denies?',
    );
  });
  it('control: "denies that …" is asked as before', () => {
    expect(ask('The council strongly denies that the pier is sinking.')).toBe(
      'Is there evidence that the pier is sinking, which the council denies?',
    );
  });
});

describe('a claim whose "it" is the claim\'s owner names the owner (#20)', () => {
  const asked = (sentence: string) =>
    analyzeArticle(
      `Harbour trust under pressure.\n\nThe Harbour Trust met on Monday to discuss the dredging contract.\n\n${sentence}\n\nThe board will vote again in March.`,
    ).questions.map((q) => q.text);
  const survey = 'By Tuesday, the trust cited an early survey that showed gaps in';
  it('the possessor before "claim" stands for "it"', () => {
    expect(asked(`${survey} Varnland Dredging's claim that it had already cleared the main channel.`)).toContain(
      'Is it true that Varnland Dredging had already cleared the main channel?',
    );
  });
  it('with no owner named, "it" points at nothing and the passage is shown', () => {
    const questions = asked(`${survey} the claim that it had already cleared the main channel.`);
    expect(questions.some((q) => q.startsWith('Is it true that it'))).toBe(false);
    expect(questions.some((q) => q.includes('the claim that it had already cleared'))).toBe(true);
  });
  it.each([
    [
      `${survey} Varnland Dredging's claim that the main channel had already been cleared.`,
      'Is it true that the main channel had already been cleared?',
    ],
    // The clause's own "it" ("it was too late to …") is no one's.
    [
      `${survey} Varnland Dredging's claim that it was too late to widen the main channel.`,
      'Is it true that it was too late to widen the main channel?',
    ],
  ])('control: %s', (sentence, question) => {
    expect(asked(sentence)).toContain(question);
  });
});

describe('critics named after "criticism from" object; the actor outside them does not (#21)', () => {
  const ask = (text: string) =>
    challenge({
      text,
      actor: 'ferry-maker Norwave',
      mainActor: 'ferry-maker Norwave',
      properWords: new Set(['Norwave', 'Harbourline']),
      mainIsPerson: false,
      actorIsPerson: false,
    });
  const deal = "Harbourline's deal with ferry-maker Norwave, which would create the region's largest operator,";
  it('the deal partner is not asked what it objects to', () => {
    expect(
      ask(
        `${deal} immediately sparked criticism from councillors and union leaders who say such deals cost local jobs.`,
      ),
    ).toBeNull();
  });
  it('control: "criticisms from a poisoned well" names no critics, so the actor still objects', () => {
    expect(
      challenge({
        text: 'Yet while Okoro referenced the board’s antics on the radio as a clear sign it is unfit to run the harbour, many would likely point out Okoro is drawing such criticisms from a poisoned well.',
        actor: 'Dana Okoro',
        mainActor: 'Dana Okoro',
        properWords: new Set(['Dana', 'Okoro']),
        mainIsPerson: true,
        actorIsPerson: true,
      }),
    ).toBe('What exactly is Dana Okoro objecting to, and what evidence is there either way?');
  });
  it('control: critics that include the actor still object', () => {
    expect(
      ask(`${deal} immediately sparked criticism from Norwave's own union, which says such deals cost local jobs.`),
    ).toBe('What exactly is ferry-maker Norwave objecting to, and what evidence is there either way?');
  });
});

describe("a source that is an activity is no one to ask besides (sample 48's #43)", () => {
  const ask = (source: string) =>
    singleSource({
      text: `More than 6 in 10 ferry users said the timetable does more harm than good, according to ${source}.`,
      actor: null,
      mainActor: null,
      properWords: new Set(['Harbour', 'Gazette']),
    });
  it.each(['preliminary exit polling reported by the Harbour Gazette', 'recent polling'])('%s', (source) => {
    expect(ask(source)).toBeNull();
  });
  it.each(['the ferry operator', 'the Harbour Gazette', 'the campaign'])('control: %s is asked', (source) => {
    expect(ask(source)).toBe(
      `Can anyone besides ${source} confirm that more than 6 in 10 ferry users said the timetable does more harm than good?`,
    );
  });
});

describe('a claim\'s "it" is named only by a body owning that very claim (review 52, B-r52-1)', () => {
  const asked = (sentence: string) =>
    analyzeArticle(
      `Pier fees row.\n\nThe harbour committee met on Monday to discuss the lost mooring fees.\n\n${sentence}\n\nThe board will vote again in March.`,
    ).questions.map((q) => q.text);
  it('a person is never "it": the passage is shown', () => {
    const questions = asked(
      "Councillors have questioned Mayor Ida Marsh's claim that it cost the harbour less than $300,000 in lost mooring fees.",
    );
    expect(questions.some((q) => q.includes('Ida Marsh cost'))).toBe(false);
    expect(questions.some((q) => q.startsWith('Is it true that it'))).toBe(false);
    expect(questions.some((q) => q.includes("Mayor Ida Marsh's claim that it cost"))).toBe(true);
  });
  it.each([
    // The owner of the claim that holds the asked clause, not of the first owned claim in the sentence.
    [
      "Engineers doubt Norcrest's claim that the tolls would fall, and Keelway's claim that it had tested every piling.",
      'Keelway had tested every piling',
    ],
    // A sentence-opening conjunction is no part of the owner's name.
    ["But Keelway's claim that it had tested every piling was never checked.", 'Keelway had tested every piling'],
  ])('%s', (text, named) => {
    expect(claimOwnerIt(text, 'it had tested every piling')).toBe(named);
  });
  it('control: a body owning the one claim still names "it"', () => {
    expect(
      claimOwnerIt("Engineers doubt Keelway's claim that it had tested every piling.", 'it had tested every piling'),
    ).toBe('Keelway had tested every piling');
  });
});
