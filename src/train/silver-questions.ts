import lemmatizer from 'wink-lemmatizer';
import type { Attribution } from './weak-labels';

/**
 * Silver reader questions from PolNeAR's attribution annotation, which has no questions of its own:
 * each annotated attribution (source, cue, content) says who said what, so "did Clinton suggest the
 * United States should send more special forces?" and "who suggested …?" have a known answer —
 * the sentences holding the content. A share of them is made unanswerable the honest way: the
 * answer sentences are taken out of the article, so every premise word is still there and only
 * the asked fact is missing (the hard case for "the article doesn't say").
 */
export interface SilverQuestion {
  question: string;
  /** Character spans of the answer (the attribution's content). */
  spans: Array<[number, number]>;
  /** When set, the spans' sentences are removed from the article and the question has no answer. */
  unanswerable: boolean;
}

/** At most this many questions an article, spread over its attributions, so no article dominates. */
const PER_ARTICLE = 3;
/** One question in this many is made unanswerable (the dev sets have one in four). */
const UNANSWERABLE_EVERY = 4;
/** Words of the content a question repeats: a reader asks with a phrase, not the whole claim. */
const PHRASE_WORDS = 9;

const AUXILIARIES =
  /^(?:is|are|was|were|has|have|had|will|would|also|be|been|being|did|does|do|not|later|then|first)$/i;
const PERSONAL = /\b(?:I|me|my|we|our|us|you|your|i['’]m|we['’]re)\b/i;
const PRONOUN_SOURCE =
  /^(?:he|she|they|it|we|i|you|who|which|that|this|those|these|officials?|some|many|others?|critics?)$/i;
const DANGLING =
  /^(?:and|or|but|in|on|at|of|to|for|from|with|by|the|a|an|this|that|these|those|is|are|was|were|has|have|had|will|would|be|who|which|as|than|its|their|his|her|about|into|over|after|before|more|most|so|not|up)$/i;
const CAPITALISED = /^[A-Z][\w’'.-]*$/;
/** Cues that are not a verb a question can take ("according to", "in a statement"). */
const NOT_A_VERB = /^(?:according|in|on|per|from|as|after|with|under)$/i;

/** The name at the end of a source phrase: "Democratic frontrunner Hillary Clinton" -> Hillary Clinton. */
export function sourceName(source: string): string | null {
  const words = source
    .replace(/['’]s$/, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!.replace(/[,;:]$/, '');
    if (CAPITALISED.test(word)) run.unshift(word);
    // "Committee on Oversight", "Department of Justice": a connector inside a name.
    else if (/^(?:of|on|for|and)$/.test(word) && run.length > 0 && i > 0 && CAPITALISED.test(words[i - 1]!))
      run.unshift(word);
    else break;
  }
  if (run.length === 0 || run.length > 4 || PRONOUN_SOURCE.test(run[0]!.replace(/['’].*$/, ''))) return null;
  return run.join(' ');
}

/** The cue's verb as "did X <base> …" wants it and as "who <past> …" wants it, or null. */
export function cueForms(cue: string): { base: string; past: string | null } | null {
  const words = cue
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '' && !AUXILIARIES.test(w));
  const verb = words[0];
  if (!verb || words.length > 2 || NOT_A_VERB.test(verb) || !/^[a-z]+$/.test(verb)) return null;
  const base = lemmatizer.lemmatizeVerb(verb);
  const rest = words.slice(1).join(' ');
  const past = /ed$/.test(verb) || verb === 'said' || verb === 'told' ? verb : base === 'say' ? 'said' : null;
  const join = (v: string): string => (rest ? `${v} ${rest}` : v);
  return { base: join(base), past: past ? join(past) : null };
}

/** The start of the content as a reader would repeat it: quotes and "that" dropped, cut at a clause. */
export function contentPhrase(content: string): string | null {
  const clean = content
    .replace(/[“”"‘’]/g, (m) => (m === '’' ? "'" : ''))
    .replace(/^\s*(?:that|to)\s+/i, '')
    .trim();
  const words = clean.split(/\s+/).filter((w) => w !== '');
  if (words.length < 4 || PERSONAL.test(clean)) return null;
  const out: string[] = [];
  for (const word of words) {
    out.push(word.replace(/[,;:.!?—–-]+$/, ''));
    if (out.length >= PHRASE_WORDS || (out.length >= 4 && /[,;:.!?—–]$/.test(word))) break;
  }
  // A phrase cut mid-clause ends on its last content word, not on "and", "in", "the".
  while (out.length > 0 && DANGLING.test(out[out.length - 1]!)) out.pop();
  return out.length >= 3 ? out.join(' ') : null;
}

/** A stable small hash, so which template an attribution gets does not depend on run order. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * A reader paraphrases: about half of the phrase's plain words (never names) are left out, chosen
 * by a hash so the result is reproducible; a question that repeats the claim word for word teaches
 * only word matching.
 */
export function loosen(phrase: string, share: number): string {
  if (share <= 0) return phrase;
  const words = phrase.split(' ');
  const kept = words.filter(
    (w, i) => i === 0 || CAPITALISED.test(w) || /\d/.test(w) || (hash(`${w}${i}`) % 1000) / 1000 >= share,
  );
  return kept.join(' ');
}

/** Up to PER_ARTICLE silver questions for one article, from its attributions after the headline (bodyStart). */
export function silverQuestions(attributions: Attribution[], bodyStart: number, drop = 0): SilverQuestion[] {
  const usable = attributions
    .filter((a) => a.start >= bodyStart)
    .map((a) => {
      const name = a.source ? sourceName(a.source) : null;
      const forms = cueForms(a.cue);
      const phrase = contentPhrase(a.content);
      return name && forms && phrase ? { a, name, forms, phrase } : null;
    })
    .filter((x) => x !== null)
    .sort((x, y) => x.a.start - y.a.start);
  const picked =
    usable.length <= PER_ARTICLE
      ? usable
      : Array.from({ length: PER_ARTICLE }, (_, k) => usable[Math.floor((k * usable.length) / PER_ARTICLE)]!);
  return picked.map(({ a, name, forms, phrase: full }, k) => {
    const phrase = loosen(full, drop);
    const h = hash(a.content);
    // A surname alone is how colleagues name people they both know.
    const who = h % 2 === 0 && name.split(' ').length === 2 ? name.split(' ')[1]! : name;
    const question = forms.past && h % 3 === 0 ? `who ${forms.past} ${phrase}?` : `did ${who} ${forms.base} ${phrase}?`;
    return { question, spans: [[a.start, a.end]], unanswerable: (hash(phrase) + k) % UNANSWERABLE_EVERY === 0 };
  });
}
