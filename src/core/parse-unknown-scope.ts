import { UNKNOWN_MARKER } from './answer-evidence';
import { irregularVerbLemma } from './irregular-verb-lemma';
import { foldPhrasalVerbs } from './phrasal-verbs';
import { type Antecedent, pronounAntecedent } from './pronoun-antecedent';
import { sourceVerb } from './source-verb';
import { stanceVerb } from './stance-verb';
import { contentTerms, tokenizeWords } from './tokenize-words';
import { withheldNounWh } from './withheld-noun-wh';

/**
 * What an unknown marker says is unknown. "The FDA has not said when it will finish" leaves the time of finishing
 * unknown, nothing else: "what does the drug do?" is not what it withholds (review s34 B-main-59). A marker
 * followed by a wh-clause ("has not said when…", "it is not known whether…", "declined to say how much…") names
 * its scope; one without ("declined to comment", "was not disclosed") names none and is read as before.
 */
/**
 * A negated or refused verb, kept as a marker only when it is one of knowing or telling (its lemma's commonest WordNet
 * sense is verb.cognition, or one of its three commonest verb.communication or creation: stance-verb.ts,
 * source-verb.ts) before a wh-clause — "We do not know where he is being held", "could not explain why" — or one of
 * knowing before a typed noun: "did not know the date". "Did not know the victim" withholds nothing.
 */
const NEGATED_VERB = String.raw`\b(?:(?:do|does|did|could|can|would|will|has|have|had)(?: not|n['’]t)|cannot|(?:declined|refused|failed) to)(?: yet)?(?: (?:immediately|publicly|exactly|precisely))? (?<verb>[a-z]+)\b`;

/**
 * The markers, and the party's own withholding in the present perfect ("The council has not disclosed the cost"),
 * the active twin of the passive "was not disclosed". Read only here, where no sentence answers (scopedUnknown) or
 * beside a marker the answer already found: as a marker of its own it would turn a neighbouring answer into an
 * abstention, and as a refusal it would be cited beside any valued answer before it.
 */
const MARKERS = new RegExp(
  String.raw`${UNKNOWN_MARKER.source}|\b(?:has|have|had)(?: not|n['’]t)(?: yet)? (?:publicly )?(?:disclosed|revealed|made public)\b|${NEGATED_VERB}`,
  'gi',
);
/**
 * The wh-word right after the marker and its clause up to the next clause break, bounded (120 characters) so
 * thousands of markers in one sentence still cost linear time. A full stop with words after it is inside the
 * sentence ("Mr. Okafor", "3.5"), not its end. A pseudo-cleft's copula may stand between ("What the study cannot
 * tell us is how many …", audit 60 B-a60-22).
 */
const COMPLEMENT =
  /(?:\s+(?:is|was))?\s+(how (?:much|many|long|far|soon|often)|when|whether|if|why|where|who|whom|what|which|how)\b((?:[^.;:!?,"“”()\n]|\.(?=\s*\w)){0,120})/iy;

/**
 * One marker's wh-scope: the wh-word, the content terms of its clause and its words (for WordNet's senses);
 * `antecedent`, the noun phrase a pronoun in it stands for.
 */
export interface UnknownScope {
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
/** A marker standing before the noun it withholds: "an undisclosed sum", not the clause it sits in. */
const ATTRIBUTIVE = /^undisclosed$/i;
/** The noun phrase after it: up to three words, ending before a preposition, conjunction or verb ("…sum paid by"). */
const NOUN_RUN = /\s+((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)/y;
const PHRASE_END =
  /^(?:of|for|in|to|from|by|with|and|or|at|on|that|which|who|as|than|is|was|were|are|has|had|[a-z]+ed)$/i;

/** The head noun after an attributive marker ending at `from`: the last word of its phrase, lowercased. */
function markedNoun(text: string, from: number): string | undefined {
  NOUN_RUN.lastIndex = from;
  const words = NOUN_RUN.exec(text)?.[1]?.split(/\s+/) ?? [];
  const end = words.findIndex((w) => PHRASE_END.test(w) || irregularVerbLemma(w.toLowerCase()) !== undefined);
  return (end < 0 ? words : words.slice(0, end)).at(-1)?.toLowerCase();
}

/**
 * clauseEnd for one sentence, its markers asked in order: a break found from an earlier marker that still lies ahead
 * is the first from this one too (none lies between), so the sentence is searched once however many markers share
 * a clause's end (review 48 B-r48-5: a search per marker was quadratic in a run-on sentence).
 */
function clauseEnds(text: string): (from: number) => number {
  let end = -1;
  return (from) => {
    if (end >= from) return end;
    MOVES_ON.lastIndex = from;
    end = MOVES_ON.exec(text)?.index ?? text.length;
    MOVES_ON.lastIndex = 0;
    return end;
  };
}

/** A sentence's unknown markers as parseUnknownScope reads them. */
export interface ParsedUnknown {
  scopes: UnknownScope[];
  objects: UnknownScope[];
  unscoped: boolean;
  bare: boolean;
  rest: string;
  /** The nouns attributive markers withhold ("sum" of "for an undisclosed sum"); such a marker is not `unscoped`. */
  nouns: string[];
  /**
   * The sentence without its scoped markers and their own clauses, up to the clause's first break (not to `rest`'s
   * clause end): what it says besides them — "…declined to give a timeline for the restart, but said the details
   * would be set by the end of the year" says the setting, not the restart.
   */
  outside: string;
}

/**
 * The wh-scopes of a sentence's unknown markers; the objects of the rest ("did not disclose the price" — a "what"
 * scope, read only when no sentence answers, since lexical overlap with a noun is weaker than a wh-clause);
 * whether any marker names no wh-scope, and whether one names nothing at all ("declined to comment"); `rest`, the
 * sentence with each wh-marker and its clause (to clauseEnd) cut out: what the copy says, not what it leaves unknown.
 */
export function parseUnknownScope(text: string): ParsedUnknown {
  const scopes: UnknownScope[] = [];
  let rest = '';
  let from = 0;
  const objects: UnknownScope[] = [];
  let unscoped = false;
  let bare = false;
  const nouns: string[] = [];
  const clauseEnd = clauseEnds(text);
  // An elided clause stands for the whole sentence, so a second of the same wh-word adds nothing: one is kept, or a
  // run of them would read the sentence's words once per marker.
  const elidedWh = new Set<string>();
  MARKERS.lastIndex = 0;
  let outside = '';
  let kept = 0;
  for (let m = MARKERS.exec(text); m !== null; m = MARKERS.exec(text)) {
    if (m[0].length === 0) MARKERS.lastIndex++;
    const verb = m.groups?.verb;
    if (verb !== undefined && !stanceVerb(verb) && !sourceVerb(verb)) continue;
    ADDRESSEE.lastIndex = MARKERS.lastIndex;
    COMPLEMENT.lastIndex =
      verb !== undefined && sourceVerb(verb) && ADDRESSEE.test(text) ? ADDRESSEE.lastIndex : MARKERS.lastIndex;
    // A typed object only after a verb of knowing ("did not know the date") or a refusal ("declined to give a
    // timeline"): "did not do his share", "could not answer a number of questions" withhold no value.
    const typed = verb === undefined || stanceVerb(verb) ? typedObject(text, MARKERS.lastIndex) : undefined;
    const c = COMPLEMENT.exec(text) ?? typed;
    // A negated verb of knowing with neither a wh-clause nor a typed object ("did not know the victim") marks nothing.
    if (!c && verb !== undefined) continue;
    if (c) {
      outside += text.slice(kept, m.index);
      kept = Math.max(kept, c.index + c[0].length);
      // "…but has not said when." — the clause is elided, so its content is the sentence's own.
      const clause = c[2]!.trim() === '' ? text : c[2]!;
      rest += ` ${text.slice(from, m.index)} …`;
      from = clause === text ? text.length : clauseEnd(c.index + c[0].length);
      const wh = c[1]!.toLowerCase().replace(/\s+/g, ' ');
      if (clause === text && elidedWh.has(wh)) continue;
      if (clause === text) elidedWh.add(wh);
      const pronoun = clause !== text && !BROAD_WH.has(wh) ? PRONOUN.exec(clause)?.[0] : undefined;
      const antecedent = pronoun
        ? pronounAntecedent(text.slice(Math.max(0, m.index - ANTECEDENT_CHARS), m.index), pronoun)
        : undefined;
      scopes.push({
        wh,
        // Folded as the question's terms are ("gave up" is asked as "quit"), and as written.
        terms: new Set([...contentTerms(clause), ...contentTerms(foldPhrasalVerbs(clause))]),
        words: tokenizeWords(clause),
        ...(antecedent ? { antecedent } : {}),
        ...(clause === text ? { elided: true } : {}),
      });
      continue;
    }
    const noun = ATTRIBUTIVE.test(m[0]) ? markedNoun(text, MARKERS.lastIndex) : undefined;
    if (noun !== undefined) nouns.push(noun);
    else unscoped = true;
    FOLLOWING.lastIndex = MARKERS.lastIndex;
    let object = contentTerms((FOLLOWING.exec(text)?.[0] ?? '').replace(ASKING, ' '));
    if (object.length === 0 && PASSIVE.test(m[0]))
      object = contentTerms(
        (BEFORE.exec(text.slice(Math.max(0, m.index - 120), m.index))?.[0] ?? '').replace(ASKING, ' '),
      );
    if (object.length === 0) bare = true;
    else objects.push({ wh: 'what', terms: new Set(object), words: [] });
  }
  return { scopes, objects, unscoped, bare, rest: rest + text.slice(from), nouns, outside: outside + text.slice(kept) };
}

/**
 * The pronoun a verb of telling is addressed to ("could not tell us how many …"): skipped before the wh-clause. After a
 * verb of knowing it is the object known ("did not know her when she lived there" withholds nothing).
 */
const ADDRESSEE = /\s+(?:us|you|me|him|her|them)(?=\s)/iy;

/** A determiner opening the marker's object: "a timeline", "the location", "any figure". */
const DETERMINER = /\s+(?:a|an|the|any|its|his|her|their)\s/iy;

/**
 * A marker's object whose noun is of a typed kind (withheld-noun-wh.ts), read as the wh-clause it stands for: "declined
 * to give a timeline for restarting the plant" as "…when the plant would restart"; "declined to give a timeline." as
 * an elided "when". Shaped as COMPLEMENT's match: the wh-word, then the clause after the noun.
 */
function typedObject(text: string, from: number): { index: number; 0: string; 1: string; 2: string } | undefined {
  DETERMINER.lastIndex = from;
  if (!DETERMINER.test(text)) return undefined;
  const noun = markedNoun(text, from);
  const wh = noun === undefined ? undefined : withheldNounWh(noun);
  if (wh === undefined) return undefined;
  FOLLOWING.lastIndex = from;
  const object = FOLLOWING.exec(text)?.[0] ?? '';
  const after = object.slice(object.toLowerCase().indexOf(noun!) + noun!.length);
  return { index: from, 0: object, 1: wh, 2: contentTerms(after).length === 0 ? '' : after };
}
