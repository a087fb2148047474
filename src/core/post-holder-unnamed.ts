import type { Analysis } from './analysis-types';
import { namesRoleHolder, type RoleTest } from './answer-apposition';
import { askedRole } from './asked-role';
import { englishWord } from './english-word';
import { entityFinder } from './entity-finder';
import { wordsOutsideAside } from './words-outside-aside';

/**
 * "Who is the minister of agriculture?", "who was the Cabinet Secretary for Education?": the post, with at most the
 * body it is of. A relative clause after it ("who's the chair who went after Trump?") picks the person out through
 * the clause, which a sentence can answer without setting the name beside the post; it is left to the ranker.
 */
const POST_QUESTION = /^\s*who(?:['’]s|\s+(?:is|was|are|were))\s+the\s+(.+?)\s*\?*\s*$/i;
const RELATIVE = /\b(?:who|whom|whose|that|which|where|when)\b/i;
/**
 * "Who was the first speaker to…?", "who's the only one voters like?": a rank or a superlative picks someone out by
 * what they did, not by a post a name is set beside.
 */
const RANKED = /\b(?:first|last|only|sole|\p{L}+est)\b/iu;
/** "She became the board's treasurer": a pronoun linked to the post, its name in another sentence. */
const PRONOUN = /^(?:he|she|they|him|her|them)$/i;
/** A word of the sentence, or the punctuation an apposition or a title's party is bound with. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*|[,()—–]/gu;
/**
 * The words that may stand between a post and its holder's name: a title's party ("Minister of Agriculture Calle
 * Schlettwein", "head of the Congressional Black Caucus"), an apposition's comma, a copula ("Ng is the treasurer"), a
 * relative clause's ("Ng, who is also the board's treasurer").
 */
const LINK = /^(?:of|for|at|the|and|is|was|as|who|also|[,()—–]|.*['’]s)$/i;
/** How many linking or capitalised words a name may sit from its post. */
const GAP = 6;
/** "The gunman, an 18-year-old from Munich,": a description apposed to the post says who it is, with no name. */
const DESCRIBED = /^(?:a|an)$/i;

/** "the minister of agriculture", "the Cabinet Secretary for Education", "the imam at the mosque": a post and its party. */
const PARTY = /\s(?:of|for|at)\s/i;
const UNNAMED = 'The article does not name who holds that post.';

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** The token positions [start, end) of each occurrence of `name` among `words`. */
function spansOf(words: readonly string[], name: string): Array<[number, number]> {
  const parts = name.toLowerCase().split(/\s+/);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + parts.length <= words.length; i++)
    if (parts.every((p, k) => words[i + k]!.toLowerCase().replace(/['’]s$/, '') === p))
      spans.push([i, i + parts.length]);
  return spans;
}

/**
 * Whether the words strictly between positions `from` and `to` may join a post to a name, past a clause set off
 * before the copula ("The minister of agriculture, who took office in May, is Jane Dlamini").
 */
function linked(words: readonly string[], from: number, to: number): boolean {
  const between = wordsOutsideAside(words, from, to);
  return between.length <= GAP && between.every((w) => LINK.test(w) || capitalised(w));
}

/**
 * Past the asked post's own words after its head ("minister" of "the minister of agriculture is Jane Dlamini"): the
 * party the question names is part of the post, not a word between it and the name.
 */
function postEnd(words: readonly string[], i: number, postWords: ReadonlySet<string>): number {
  let end = i + 1;
  while (end < words.length && postWords.has(words[end]!.toLowerCase())) end++;
  return end;
}

/** "Ana Ruiz, who chairs the committee", "Tan Sri Ong Kah Wai, who is also the board's treasurer": a name's clause. */
const NAME_WHO = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+,\s+who\s+((?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+)/gu;

/** Whether a capitalised name's relative clause says the post, its verb ("chairs") or after linking words only. */
function holderClause(text: string, isRole: RoleTest): boolean {
  for (const m of text.matchAll(NAME_WHO)) {
    const words = m[1]!.split(/\s+/);
    const at = words.findIndex((w) => isRole(w));
    if (at >= 0 && words.slice(0, at).every((w) => LINK.test(w))) return true;
  }
  return false;
}

/**
 * Why the best sentence names no holder of the asked post, or undefined when it may (audit 61 B-a61-20). The sentence
 * says the post ("funded by the Ministry of Agriculture", "wrote to the Cabinet Secretary for Education"), yet no
 * person the copy names fills it: none stands in apposition to it, is titled by it, is joined to it by a copula, or
 * "who <post-verb>s" it ("Ana Ruiz, who chairs the committee"). A sentence not saying the post is left to the ranker
 * (it may describe the holder another way), as is a question whose post carries a relative clause.
 */
export function postHolderUnnamed(
  analysis: Analysis,
  best: number,
  question: string,
  heads: ReadonlySet<string>,
): string | undefined {
  const post = POST_QUESTION.exec(question)?.[1];
  if (post === undefined || RELATIVE.test(post) || RANKED.test(post)) return undefined;
  const role = askedRole(question, heads);
  if (!role) return undefined;
  const text = analysis.sentences[best]!.text;
  const words = [...text.matchAll(TOKEN)].map((m) => m[0]);
  const at = words.flatMap((w, i) => (role.isRole(w, words.slice(Math.max(0, i - 2), i)) ? [i] : []));
  if (holderClause(text, role.isRole)) return undefined;
  const people = entityFinder(analysis.entities)(text.toLowerCase()).filter((e) => e.type === 'person');
  // "Who is the minister of agriculture?" over "…funded by the Ministry of Agriculture…": the sentence says only the
  // body the post is of, and no one at all; without the party ("who was the gunman?") a description may answer.
  // The name finder's "person" of plain words ("Land Reform" in "Water and Land Reform") is no one.
  const someone = people.some((e) => e.name.split(/\s+/).some((w) => !englishWord(w)));
  if (at.length === 0) return PARTY.test(post) && !someone ? UNNAMED : undefined;
  if (namesRoleHolder(role.isRole, text)) return undefined;
  if (at.some((i) => words[i + 1] === ',' && DESCRIBED.test(words[i + 2] ?? ''))) return undefined;
  if (at.some((i) => words.slice(Math.max(0, i - 4), i).some((w) => PRONOUN.test(w)))) return undefined;
  // "executive producer Amanda Ross": a name straight after the post is titled by it, whatever the name finder made of it.
  if (at.some((i) => [words[i + 1], words[i + 2]].every((w) => w !== undefined && /^\p{Lu}\p{Ll}/u.test(w))))
    return undefined;
  const postWords = new Set(post.toLowerCase().split(/\s+/));
  for (const person of people) {
    // "Malone" after "Board chairman Peter Malone": a later mention by the surname alone.
    const surname = person.name.split(/\s+/).at(-1)!;
    for (const [start, end] of [...spansOf(words, person.name), ...spansOf(words, surname)])
      if (at.some((i) => (i < start ? linked(words, postEnd(words, i, postWords), start) : linked(words, end, i))))
        return undefined;
  }
  return UNNAMED;
}
