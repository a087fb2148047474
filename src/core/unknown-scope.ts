import { UNKNOWN_MARKER } from './answer-evidence';
import type { AnswerType } from './question-type';
import { contentTerms } from './tokenize-words';

/**
 * What an unknown marker says is unknown. "The FDA has not said when it will finish" leaves the time of finishing
 * unknown, nothing else: "what does the drug do?" is not what it withholds (review s34 B-main-59). A marker
 * followed by a wh-clause ("has not said when…", "it is not known whether…", "declined to say how much…") names
 * its scope; one without ("declined to comment", "was not disclosed") names none and is read as before.
 */
const MARKERS = new RegExp(UNKNOWN_MARKER.source, 'gi');
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
  what: ['other', 'person', 'money', 'amount', 'count', 'quantity', 'place', 'age'],
  which: ['other', 'person', 'place'],
};

/** One marker's wh-scope: the wh-word and the content terms of its clause. */
interface UnknownScope {
  wh: string;
  terms: Set<string>;
}

/** The wh-scopes of a sentence's unknown markers, and whether any marker names no scope. */
function unknownScope(text: string): { scopes: UnknownScope[]; unscoped: boolean } {
  const scopes: UnknownScope[] = [];
  let unscoped = false;
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(text); m !== null; m = MARKERS.exec(text)) {
    if (m[0].length === 0) MARKERS.lastIndex++;
    COMPLEMENT.lastIndex = MARKERS.lastIndex;
    const c = COMPLEMENT.exec(text);
    if (!c) {
      unscoped = true;
      continue;
    }
    // "…but has not said when." — the clause is elided, so its content is the sentence's own.
    const clause = c[2]!.trim() === '' ? text : c[2]!;
    scopes.push({ wh: c[1]!.toLowerCase().replace(/\s+/g, ' '), terms: new Set(contentTerms(clause)) });
  }
  return { scopes, unscoped };
}

/**
 * The question's content terms inside the clauses whose wh-word leaves the asked type open (names aside —
 * "when will Smith resign?" is not "has not said when Smith will return"): empty when the question is outside
 * every scope.
 */
function termsInScope(
  scopes: readonly UnknownScope[],
  type: AnswerType,
  terms: readonly string[],
  names: ReadonlySet<string>,
): string[] {
  const open = scopes.filter((s) => (WH_TYPES[s.wh] ?? []).includes(type));
  return terms.filter((t) => !names.has(t) && open.some((s) => s.terms.has(t)));
}

/** What a sentence's unknown markers leave unknown, read against a question. */
export interface UnknownReading {
  /** A marker names no scope ("declined to comment"): read as before, for any question. */
  unscoped: boolean;
  /** The question's terms inside a scope it asks about ("finish" for "when will the FDA finish?"). */
  inside: string[];
}

export function readUnknown(
  text: string,
  type: AnswerType,
  terms: readonly string[],
  names: ReadonlySet<string>,
): UnknownReading {
  const { scopes, unscoped } = unknownScope(text);
  return { unscoped, inside: termsInScope(scopes, type, terms, names) };
}
