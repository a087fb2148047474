import type { Analysis } from './analysis-types';
import { orgHeadWord } from './org-head-word';
import { contentTerms } from './tokenize-words';

/** How many sentences back the body may be named in full: a quote's tag can sit a sentence further on. */
const BACK = 3;
/**
 * "The commission said …": a body by its head noun alone, opening the sentence as its subject. Read anywhere, "The
 * council's treasurer, Ben Ade, said the club would appeal" took the club's full name for the treasurer's sentence.
 */
const BARE = /^[\s"“‘']*[Tt]he\s+(\p{Ll}+)\b(?!\s+of\s+\p{Lu})/gu;
/** Words a modifier run stops at: what opens a noun phrase or joins two. */
const STOP = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|of|and|or|to|in|on|at|by|for|with|from)$/i;
/** The most words in front of the head that are read as its modifiers. */
const MOST = 5;

/** The modifier words in front of each mention of `head` in `text` ("Ethiopian Human Rights Commission"), one list each. */
function modifiedMentions(text: string, head: string): string[][] {
  const out: string[][] = [];
  const mention = new RegExp(String.raw`(?<![\p{L}-])${head}(?![\p{L}-])`, 'giu');
  for (const m of text.matchAll(mention)) {
    const before = text.slice(0, m.index).split(/\s+/).filter(Boolean).reverse();
    const words: string[] = [];
    for (const raw of before) {
      // A comma, a bracket or a possessive ends the phrase ("the city’s Land … Bureau": the city is its owner).
      if (/[,;:()“”"]$/.test(raw) || /['’]s?$/.test(raw) || STOP.test(raw) || words.length === MOST) break;
      words.push(raw);
      if (/^[,;:()“”"]/.test(raw)) break;
    }
    if (words.length > 0) out.push(words.reverse());
  }
  return out;
}

/**
 * "The Ethiopian Human Rights Commission (EHRC) said … The commission said it would publish a report … before the end
 * of January": copy names a body in full once and goes on with its head noun after "the" (audit 63 B-a63-7). Per
 * sentence, the question's terms such a short form carries: the sentence says "the <head>" of a noun the question
 * asks and that heads bodies' names (org-head-noun.ts, org-heads.ts), and the nearest sentence before it (at most
 * three back) naming the head with modifiers names it one way only; the modifiers' terms the question asks and the
 * sentence does not say are its. Two bodies of one head side by side ("the House committee … the Senate committee")
 * leave the short form unread.
 */
export function definiteAntecedents(analysis: Analysis, asked: readonly string[]): Array<ReadonlySet<string>> {
  const sentences = analysis.sentences;
  const none: ReadonlySet<string> = new Set();
  const wanted = new Set(asked);
  return sentences.map((s, i) => {
    const out = new Set<string>();
    for (const m of s.text.matchAll(BARE)) {
      const head = m[1]!;
      if (!contentTerms(head).some((t) => wanted.has(t)) || !orgHeadWord(head)) continue;
      for (let j = i - 1; j >= Math.max(0, i - BACK); j--) {
        const mentions = modifiedMentions(sentences[j]!.text, head);
        if (mentions.length === 0) continue;
        const forms = new Set(mentions.map((words) => contentTerms(words.join(' ')).join(' ')));
        if (forms.size === 1) for (const t of contentTerms(mentions[0]!.join(' '))) if (wanted.has(t)) out.add(t);
        break;
      }
    }
    const own = new Set(contentTerms(s.text));
    for (const t of out) if (own.has(t)) out.delete(t);
    return out.size > 0 ? out : none;
  });
}
