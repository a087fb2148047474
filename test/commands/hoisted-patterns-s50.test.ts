import { afterEach, describe, expect, it, vi } from 'vitest';
import { appositionRole } from '../../src/core/apposition-role';
import { cleanArticle } from '../../src/core/clean-article';
import { type CueSurroundings, keptCues } from '../../src/core/kept-cues';
import { indexPeople } from '../../src/core/people';
import { type PhraseContext, vagueSource } from '../../src/core/phrase-question';
import { findCues } from '../../src/core/question-cues';
import { singleSource } from '../../src/core/single-source';
import { splitSentences } from '../../src/core/split-sentences';
import { learnTaggedGender } from '../../src/core/tagged-gender';

// Counted through a wrapper of the module's own function: how many words tagged-gender.ts reads as verb forms.
const verbForms = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/core/verb-form-kind', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/verb-form-kind')>();
  return {
    verbFormKind: (word: string) => {
      verbForms.count++;
      return real.verbFormKind(word);
    },
  };
});

// Speed (session 50): fixed patterns that were built from a string on every call (an apposition's titled name, the
// vague-source claim, a source's apposition), and the pending cue's pattern that kept-cues ran over the sentence a
// second time to find where the finder had already found it. Counted, not timed; the answers are the controls.
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** The sources of the patterns built with `new RegExp` while `work` runs (a proxy that still builds real ones). */
function built(work: () => unknown): string[] {
  const sources: string[] = [];
  const Real = RegExp;
  const construct = (target: RegExpConstructor, args: [string | RegExp, string?]) => {
    sources.push(args[0] instanceof Real ? args[0].source : String(args[0]));
    return Reflect.construct(target, args);
  };
  vi.stubGlobal('RegExp', new Proxy(Real, { construct }));
  try {
    work();
  } finally {
    vi.unstubAllGlobals();
  }
  return sources;
}

const ctx = (text: string): PhraseContext => ({ text, actor: null, mainActor: null, properWords: new Set() });
const VAGUE = 'Some analysts say the ferry fares will rise again before the spring timetable starts.';
const SOURCED =
  'The harbour trust will sell the old pier next year, according to Ana Ruiz, director of the ferry board.';
const APPOSED = 'The plan was backed by Tomas Varga, a councillor for the harbour ward, on Monday.';

describe('fixed patterns are built once, not per call', () => {
  it('reads an apposition, a vague source and an according-to source without building a fixed pattern', () => {
    const fixed = (s: string) =>
      s.includes('Capt|Col)\\.\\s') || s.includes('(?:some |many |most ') || s.includes('{1,3}(?:of|at|for|with)');
    const runs = [
      built(() => appositionRole('Tomas Varga', APPOSED)),
      built(() => vagueSource(ctx(VAGUE))),
      built(() => singleSource(ctx(SOURCED))),
    ];
    expect(runs.map((sources) => sources.filter(fixed))).toEqual([[], [], []]);
  });

  it('gives the same answers (control)', () => {
    expect(appositionRole('Tomas Varga', APPOSED)).toBe('councillor for the harbour ward');
    expect(vagueSource(ctx(VAGUE))).toMatch(/^Which analysts say .*ferry fares will rise/);
    expect(singleSource(ctx(SOURCED))).toMatch(/Ana Ruiz/);
  });
});

const around = (text: string, later: string[]): CueSurroundings => ({
  text,
  next: later[0] ?? '',
  chargeQuote: false,
  hasSpeaker: false,
  nextSpeaker: '',
  later: () => later,
});
const PENDING = 'Dara Quill is due to appear before Kelmsby Magistrates Court on Thursday, police said.';
const DONE = ['At Kelmsby Magistrates Court on Thursday, Quill was remanded in custody.'];

describe('a pending cue keeps where its pattern matched, so the later reading does not scan for it again', () => {
  it('settles the cue without running the family pattern over the sentence a second time', () => {
    const found = findCues(PENDING).filter((c) => c.kind === 'pending');
    expect(found.length).toBeGreaterThan(0);
    const execs = found.map((c) => vi.spyOn(c.family.pattern, 'exec'));
    const kept = keptCues(found, around(PENDING, DONE));
    expect(kept.filter((c) => c.kind === 'pending')).toEqual([]);
    expect(execs.map((e) => e.mock.calls.length)).toEqual(found.map(() => 0));
  });

  it('control: a cue built without a place is scanned for, and settles the same; no report leaves it pending', () => {
    const bare = findCues(PENDING)
      .filter((c) => c.kind === 'pending')
      .map(({ kind, shape, strength, family }) => ({ kind, shape, strength, family }));
    expect(keptCues(bare, around(PENDING, DONE)).filter((c) => c.kind === 'pending')).toEqual([]);
    const still = ['Quill’s lawyer said the hearing would go ahead.'];
    expect(keptCues(findCues(PENDING), around(PENDING, still)).some((c) => c.kind === 'pending')).toBe(true);
  });
});

/** The people of an invented article, and the number of words read as verb forms while its tags give genders. */
function tagged(body: string): { genders: Record<string, string | null>; read: number } {
  const sentences = splitSentences(cleanArticle(`Ferry fares\n\n${body}`));
  const index = indexPeople(sentences);
  for (const p of index.people) p.gender = null;
  verbForms.count = 0;
  learnTaggedGender(sentences, index.mentions);
  return { genders: Object.fromEntries(index.people.map((p) => [p.name, p.gender])), read: verbForms.count };
}

describe('a pronoun tag is found before the sentence ahead of it is read for its subject', () => {
  it('reads no words of the sentences before when no sentence holds a tag', () => {
    const body = [
      'Tomas Varga opened the new ferry terminal on Monday morning.',
      'Ana Ruiz welcomed the lower fares for pensioners and students.',
      'Oyelaran Adebisi chaired the harbour board meeting that followed.',
    ].join(' ');
    expect(tagged(body).read).toBe(0);
  });

  it('control: a tag right after a lone subject still gives that person its gender', () => {
    const found = tagged('Oyelaran Adebisi chaired the harbour board meeting. She said the fares would fall.');
    expect(found.genders['Oyelaran Adebisi']).toBe('female');
    expect(found.read).toBeGreaterThan(0);
  });
});
