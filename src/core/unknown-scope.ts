import { actWithDoer } from './act-with-doer';
import { UNKNOWN_MARKER } from './answer-evidence';
import { type Antecedent, pronounAntecedent } from './pronoun-antecedent';
import type { AnswerType } from './question-type';
import { scopeSynsets } from './scope-synsets';
import { contentTerms, tokenizeWords } from './tokenize-words';

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
 * thousands of markers in one sentence still cost linear time. A full stop with words after it is inside the
 * sentence ("Mr. Okafor", "3.5"), not its end.
 */
const COMPLEMENT =
  /\s+(how (?:much|many|long|far|soon|often)|when|whether|if|why|where|who|whom|what|which|how)\b((?:[^.;:!?,"“”()\n]|\.(?=\s*\w)){0,120})/iy;

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
 * One marker's wh-scope: the wh-word, the content terms of its clause and its words (for WordNet's senses);
 * `antecedent`, the noun phrase a pronoun in it stands for.
 */
interface UnknownScope {
  wh: string;
  terms: Set<string>;
  words: readonly string[];
  antecedent?: Antecedent;
  /** "…has not said when." — no clause of its own: the whole sentence stands in for it. */
  elided?: boolean;
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
/**
 * A pronoun in the scope ("declined to say what caused it", "did not say why they had been detained") stands for
 * something the sentence named before the marker: the fault, the men arrested (pronoun-antecedent.ts).
 */
const PRONOUN = /\b(?:it|its|they|them|their|he|him|his|she|her)\b/i;
/** How far before its marker a pronoun's antecedent is looked for: bounded, so each marker costs the same. */
const ANTECEDENT_CHARS = 200;
/** Words that only say what was asked of the party, not what it withheld. */
const ASKING =
  /\b(?:comment\w*|requests?|messages?|calls?|e-?mails?|inquir\w*|quer\w*|questions?|reporters?|immediately|publicly|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|yesterday|tonight)\b/gi;

/**
 * Where a wh-clause's sentence moves on to say something: a relative clause on its last noun (", which the company
 * bought…"), a semicolon, or the sentence's end (a full stop inside one is "Mr." or "3.5"). The clause's terms stop
 * at its first comma, but an apposition still belongs to it: "…whether the harbourmaster, Peter Lund, will stay"
 * does not say he stays.
 */
const MOVES_ON = /,\s+(?:which|who|whom|whose|where)\b|;/g;
function clauseEnd(text: string, from: number): number {
  MOVES_ON.lastIndex = from;
  const end = MOVES_ON.exec(text)?.index ?? text.length;
  MOVES_ON.lastIndex = 0;
  return end;
}

/**
 * The wh-scopes of a sentence's unknown markers; the objects of the rest ("did not disclose the price" — a "what"
 * scope, read only when no sentence answers, since lexical overlap with a noun is weaker than a wh-clause);
 * whether any marker names no wh-scope, and whether one names nothing at all ("declined to comment"); `rest`, the
 * sentence with each wh-marker and its clause (to clauseEnd) cut out: what the copy says, not what it leaves unknown.
 */
function unknownScope(text: string): {
  scopes: UnknownScope[];
  objects: UnknownScope[];
  unscoped: boolean;
  bare: boolean;
  rest: string;
} {
  const scopes: UnknownScope[] = [];
  let rest = '';
  let from = 0;
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
      rest += ` ${text.slice(from, m.index)} …`;
      from = clause === text ? text.length : clauseEnd(text, COMPLEMENT.lastIndex);
      const wh = c[1]!.toLowerCase().replace(/\s+/g, ' ');
      const pronoun = clause !== text && !BROAD_WH.has(wh) ? PRONOUN.exec(clause)?.[0] : undefined;
      const antecedent = pronoun
        ? pronounAntecedent(text.slice(Math.max(0, m.index - ANTECEDENT_CHARS), m.index), pronoun)
        : undefined;
      scopes.push({
        wh,
        terms: new Set(contentTerms(clause)),
        words: tokenizeWords(clause),
        ...(antecedent ? { antecedent } : {}),
        ...(clause === text ? { elided: true } : {}),
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
    else objects.push({ wh: 'what', terms: new Set(object), words: [] });
  }
  return { scopes, objects, unscoped, bare, rest: rest + text.slice(from) };
}

/**
 * The term is in the scope, or one of the question's words for it shares a WordNet sense of the same part of speech
 * with a word of the clause ("disclose" and "reveal"). Senses, not stems: a stem's synonym list joins "grounded" to
 * "caused" through the nouns "grounds" and "cause", and "go" to "die" (review s35 B-ux35-6).
 */
function inScope(term: string, scope: UnknownScope, wordsOf: ReadonlyMap<string, readonly string[]>): boolean {
  if (scope.terms.has(term)) return true;
  const asked = wordsOf.get(term) ?? [];
  return asked.some((a) => scope.words.some((w) => scopeSynsets(a, w)));
}

/** The question's words by their term: the senses belong to words ("grounded"), not stems ("ground"). */
function wordsByTerm(words: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const word of words) {
    const term = contentTerms(word)[0];
    if (term !== undefined) out.set(term, [...(out.get(term) ?? []), word]);
  }
  return out;
}

/**
 * Through a pronoun, the question asks what the clause withholds only when its head is the clause's own act or the
 * act the antecedent phrase came with ("the men police arrested"); a question without a verb is matched on the
 * phrase alone.
 */
function headHeld(scope: UnknownScope, head: string | undefined, wordsOf: ReadonlyMap<string, readonly string[]>) {
  return head === undefined || head === scope.antecedent?.verb || inScope(head, scope, wordsOf);
}

/**
 * The question's content terms inside the clauses whose wh-word leaves the asked type open (names aside —
 * "when will Smith resign?" is not "has not said when Smith will return"): empty when the question is outside
 * every scope. The clause's own words first; only when they hold none, the terms its pronoun may stand for: they
 * name the party or thing ("the regulator", "the men"), not the withheld act a valued best sentence is checked for.
 */
function termsInScope(scopes: readonly UnknownScope[], type: AnswerType, question: Question): string[] {
  const open = scopes.filter((s) => (WH_TYPES[s.wh] ?? []).includes(type));
  const wordsOf = wordsByTerm(question.words);
  const asked = question.terms.filter((t) => !question.names.has(t));
  const own = asked.filter((t) => open.some((s) => inScope(t, s, wordsOf)));
  if (own.length > 0) return own;
  return asked.filter((t) =>
    open.some((s) => (s.antecedent?.phrase.has(t) || t === s.antecedent?.verb) && headHeld(s, question.head, wordsOf)),
  );
}

/** The question as the scope reads it. */
export interface Question {
  /** Its content terms. */
  terms: readonly string[];
  /** Those from names: a name is not what a marker withholds. */
  names: ReadonlySet<string>;
  /** Its raw lowercased words, whose WordNet senses are read. */
  words: ReadonlySet<string>;
  /** The verb it asks about ("arrest" for "why were the men arrested?"), when it has one. */
  head?: string;
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

export function readUnknown(text: string, type: AnswerType, question: Question): UnknownReading {
  const { scopes, objects, unscoped, bare } = unknownScope(text);
  return {
    unscoped,
    bare,
    inside: termsInScope(scopes, type, question),
    object: termsInScope(objects, type, question),
  };
}

/**
 * The sentence says the question's act with its doer outside every wh-scope, and no scope of the asked type holds
 * the act: "It is not clear what will happen to the land, which the company bought…" leaves the land's fate unknown,
 * not who bought it — a shared noun ("land") does not put "who bought the land?" inside the scope (audit 48 B-a48-3).
 */
export function actOutsideScope(text: string, type: AnswerType, question: Question): boolean {
  const head = question.head;
  if (head === undefined) return false;
  const { scopes, rest } = unknownScope(text);
  const wordsOf = wordsByTerm(question.words);
  const open = scopes.filter((s) => (WH_TYPES[s.wh] ?? []).includes(type));
  // Through a pronoun the clause may still hold the act: "arrested two men … but did not say why they had been held".
  return scopes.length > 0 && !open.some((s) => headHeld(s, head, wordsOf)) && actWithDoer(rest, head);
}

/**
 * A wh-clause of its own, of the asked type, holds every content word of the question, names aside ("how much will
 * the homes cost?" in "…has not said how much the homes will cost"): the copy says outright that exactly this is
 * unknown, wherever it says it. An elided clause ("has not said when.") holds whatever its sentence does, so none.
 */
export function scopeHoldsAll(text: string, type: AnswerType, question: Question): boolean {
  const wordsOf = wordsByTerm(question.words);
  const asked = new Set([...question.terms, ...[...question.words].flatMap((w) => contentTerms(w))]);
  for (const name of question.names) asked.delete(name);
  if (asked.size === 0) return false;
  // "much" of "how much" is the wh-word's, not a word of the clause.
  return unknownScope(text).scopes.some((s) => {
    if (s.elided || !(WH_TYPES[s.wh] ?? []).includes(type)) return false;
    const wh = new Set(contentTerms(s.wh));
    return [...asked].every((t) => wh.has(t) || inScope(t, s, wordsOf));
  });
}
