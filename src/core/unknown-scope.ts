import { UNKNOWN_MARKER } from './answer-evidence';
import { relatedStems } from './answer-lexicon';
import type { AnswerType } from './question-type';
import { contentTerms } from './tokenize-words';

/**
 * What an unknown marker says is unknown. "The FDA has not said when it will finish" leaves the time of finishing
 * unknown, nothing else: "what does the drug do?" is not what it withholds (review s34 B-main-59). A marker
 * followed by a wh-clause ("has not said when…", "it is not known whether…", "declined to say how much…") names
 * its scope; one without ("declined to comment", "was not disclosed") names none and is read as before.
 */
/**
 * The markers, and the party's own withholding in the present perfect ("The council has not disclosed the cost"),
 * the active twin of the passive "was not disclosed". Read only here, where no sentence answers (scopedUnknown) or
 * beside a marker the answer already found: as a marker of its own it would turn a neighbouring answer into an
 * abstention, and as a refusal it would be cited beside any valued answer before it.
 */
const MARKERS = new RegExp(
  String.raw`${UNKNOWN_MARKER.source}|\b(?:has|have|had)(?: not|n['’]t)(?: yet)? (?:publicly )?(?:disclosed|revealed|made public)\b`,
  'gi',
);
/**
 * The wh-word right after the marker and its clause up to the next clause break, bounded (120 characters) so
 * thousands of markers in one sentence still cost linear time.
 */
const COMPLEMENT =
  /\s+(how (?:much|many|long|far|soon|often)|when|whether|if|why|where|who|whom|what|which|how)\b([^.;:!?,"“”()\n]{0,120})/iy;

/** The answer types each wh-word leaves open: the question must ask one of them to be inside the scope. */
const WH_TYPES: Readonly<Record<string, readonly AnswerType[]>> = {
  when: ['time'],
  whether: ['yesno'],
  if: ['yesno'],
  why: ['reason'],
  where: ['place'],
  who: ['person'],
  whom: ['person'],
  'how much': ['money', 'amount', 'quantity', 'count'],
  'how many': ['count', 'quantity', 'amount'],
  'how long': ['quantity', 'time'],
  'how far': ['quantity'],
  'how soon': ['time', 'quantity'],
  'how often': ['quantity', 'count'],
  how: ['other', 'reason', 'quantity'],
  // "declined to say what caused it" leaves the cause open: "what caused the fault?" asks a reason.
  what: ['other', 'person', 'money', 'amount', 'count', 'quantity', 'place', 'age', 'reason'],
  which: ['other', 'person', 'place'],
};

/**
 * One marker's wh-scope: the wh-word and the content terms of its clause; `antecedent`, the terms a pronoun in it may
 * stand for.
 */
interface UnknownScope {
  wh: string;
  terms: Set<string>;
  antecedent?: Set<string>;
}

/**
 * Wh-words that leave any kind of thing open: "declined to say what caused it" withholds the cause, not whatever
 * else the sentence mentions, so only the clause's own words can hold the asked thing. After a typed wh-word ("how
 * much they cost", "why they were detained") the pronoun's antecedent is the thing asked about.
 */
const BROAD_WH = new Set(['what', 'which', 'how']);

/**
 * What follows a marker with no wh-word, up to the clause's end: an object ("did not disclose the price it paid"),
 * or nothing but the asking ("declined to comment", "did not respond to requests for comment on Monday").
 */
const FOLLOWING = /[^.;:!?,"“”()\n]{0,120}/y;
/** Passive markers, whose unknown thing is their subject ("The cost of the line was not disclosed"). */
const PASSIVE = /^(?:was|is|remains|were|are)\b/i;
/** The words before a passive marker, back to the clause's start (bounded). */
const BEFORE = /[^.;:!?,"“”()\n]{0,120}$/;
/** Words that only say what was asked of the party, not what it withheld. */
/**
 * A pronoun in the scope ("declined to say what caused it", "did not say why they had been detained") stands for
 * something the sentence named before the marker: the fault, the men arrested. Its terms join the scope's.
 */
const PRONOUN = /\b(?:it|its|they|them|their|he|him|his|she|her)\b/i;
/** How far before its marker a pronoun's antecedent is looked for: bounded, so each marker costs the same. */
const ANTECEDENT_CHARS = 200;
const ASKING =
  /\b(?:comment\w*|requests?|messages?|calls?|e-?mails?|inquir\w*|quer\w*|questions?|reporters?|immediately|publicly|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|yesterday|tonight)\b/gi;

/**
 * The wh-scopes of a sentence's unknown markers; the objects of the rest ("did not disclose the price" — a "what"
 * scope, read only when no sentence answers, since lexical overlap with a noun is weaker than a wh-clause);
 * whether any marker names no wh-scope, and whether one names nothing at all ("declined to comment").
 */
function unknownScope(text: string): {
  scopes: UnknownScope[];
  objects: UnknownScope[];
  unscoped: boolean;
  bare: boolean;
} {
  const scopes: UnknownScope[] = [];
  const objects: UnknownScope[] = [];
  let unscoped = false;
  let bare = false;
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(text); m !== null; m = MARKERS.exec(text)) {
    if (m[0].length === 0) MARKERS.lastIndex++;
    COMPLEMENT.lastIndex = MARKERS.lastIndex;
    const c = COMPLEMENT.exec(text);
    if (c) {
      // "…but has not said when." — the clause is elided, so its content is the sentence's own.
      const clause = c[2]!.trim() === '' ? text : c[2]!;
      const wh = c[1]!.toLowerCase().replace(/\s+/g, ' ');
      const pronoun = clause !== text && !BROAD_WH.has(wh) && PRONOUN.test(clause);
      scopes.push({
        wh,
        terms: new Set(contentTerms(clause)),
        ...(pronoun ? { antecedent: new Set(antecedentTerms(text, m.index)) } : {}),
      });
      continue;
    }
    unscoped = true;
    FOLLOWING.lastIndex = MARKERS.lastIndex;
    let object = contentTerms((FOLLOWING.exec(text)?.[0] ?? '').replace(ASKING, ' '));
    if (object.length === 0 && PASSIVE.test(m[0]))
      object = contentTerms(
        (BEFORE.exec(text.slice(Math.max(0, m.index - 120), m.index))?.[0] ?? '').replace(ASKING, ' '),
      );
    if (object.length === 0) bare = true;
    else objects.push({ wh: 'what', terms: new Set(object) });
  }
  return { scopes, objects, unscoped, bare };
}

/** The content words before a marker, where the thing a pronoun in its scope stands for was named. */
function antecedentTerms(text: string, at: number): string[] {
  return contentTerms(text.slice(Math.max(0, at - ANTECEDENT_CHARS), at).replace(ASKING, ' '));
}

/**
 * The term, or a synonym or derivation WordNet gives it (answer-lexicon: "reveal" for "disclose"), is in the scope.
 * One step only: two ("arrest" and "detain" share no word; "regulator" and "verdict" share one) link words that
 * name different things.
 */
function inScope(term: string, scope: UnknownScope): boolean {
  return scope.terms.has(term) || relatedStems(term).some((other) => scope.terms.has(other));
}

/**
 * The question's content terms inside the clauses whose wh-word leaves the asked type open (names aside —
 * "when will Smith resign?" is not "has not said when Smith will return"): empty when the question is outside
 * every scope. The clause's own words first; only when they hold none, the terms its pronoun may stand for: they
 * name the party or thing ("the regulator", "the men"), not the withheld act a valued best sentence is checked for.
 */
function termsInScope(
  scopes: readonly UnknownScope[],
  type: AnswerType,
  terms: readonly string[],
  names: ReadonlySet<string>,
): string[] {
  const open = scopes.filter((s) => (WH_TYPES[s.wh] ?? []).includes(type));
  const asked = terms.filter((t) => !names.has(t));
  const own = asked.filter((t) => open.some((s) => inScope(t, s)));
  return own.length > 0 ? own : asked.filter((t) => open.some((s) => s.antecedent?.has(t)));
}

/** What a sentence's unknown markers leave unknown, read against a question. */
export interface UnknownReading {
  /** A marker names no wh-scope ("declined to comment", "did not disclose the price"): read as before. */
  unscoped: boolean;
  /** A marker names nothing it withholds ("declined to comment", "could not be reached"). */
  bare: boolean;
  /** The question's terms inside a wh-scope it asks about ("finish" for "when will the FDA finish?"). */
  inside: string[];
  /** The question's terms inside a marker's object or passive subject ("pay" in "did not disclose the price it paid"). */
  object: string[];
}

export function readUnknown(
  text: string,
  type: AnswerType,
  terms: readonly string[],
  names: ReadonlySet<string>,
): UnknownReading {
  const { scopes, objects, unscoped, bare } = unknownScope(text);
  return {
    unscoped,
    bare,
    inside: termsInScope(scopes, type, terms, names),
    object: termsInScope(objects, type, terms, names),
  };
}
