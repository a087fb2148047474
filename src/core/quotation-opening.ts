import type { Sentence } from './analysis-types';

/** How far back a quotation's opening is looked for: a long quotation runs three or four sentences. */
const MAX_BACK = 4;

/** NYT's '' and TeX's `` count as straight marks: one mark that opens or closes by where it stands. */
const typewriter = (text: string): string => text.replace(/''|``/g, '"');

/** The sentence closes a quotation it did not open: a ” before any “, or a straight mark ending a word. */
function closesUnopened(raw: string): boolean {
  const text = typewriter(raw);
  const curlyClose = text.indexOf('”');
  if (curlyClose >= 0) {
    const curlyOpen = text.indexOf('“');
    if (curlyOpen < 0 || curlyClose < curlyOpen) return true;
  }
  const straight = text.match(/"/g)?.length ?? 0;
  return straight % 2 === 1 && /[^\s("]"/.test(text.slice(0, text.indexOf('"') + 1));
}

/** The sentence leaves a quotation open: more “ than ”, or an odd count of straight marks. */
export function leavesOpen(raw: string): boolean {
  const text = typewriter(raw);
  const open = text.match(/“/g)?.length ?? 0;
  const close = text.match(/”/g)?.length ?? 0;
  return open > close || (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * The earlier sentences of the quotation the sentence at `index` closes, in order, when it opened in the same
 * paragraph ("“You should resign. You should give back the money…,” Warren told Stumpf"): cited alone, the sentence
 * starts mid-quotation with a closing mark and no opening one. Empty when the sentence opens its own quotation or the
 * opening is not found within a few sentences.
 */
export function quotationOpening(sentences: readonly Sentence[], index: number): number[] {
  const sentence = sentences[index];
  if (!sentence || !closesUnopened(sentence.text)) return [];
  for (let i = index - 1; i >= Math.max(0, index - MAX_BACK); i--) {
    const earlier = sentences[i]!;
    if (earlier.paragraph !== sentence.paragraph) return [];
    if (leavesOpen(earlier.text)) return Array.from({ length: index - i }, (_, k) => i + k);
  }
  return [];
}

/**
 * The later sentences of the quotation the sentence at `index` leaves open, in order, when it closes in the same
 * paragraph ("“You should resign. You should give back the money…,” Warren told Stumpf" read from its first
 * sentence): the mirror of quotationOpening. Empty when nothing is left open or no close is found within a few.
 */
export function quotationRest(sentences: readonly Sentence[], index: number): number[] {
  const sentence = sentences[index];
  if (!sentence || !leavesOpen(sentence.text)) return [];
  for (let i = index + 1; i <= Math.min(sentences.length - 1, index + MAX_BACK); i++) {
    const later = sentences[i]!;
    if (later.paragraph !== sentence.paragraph) return [];
    if (closesUnopened(later.text)) return Array.from({ length: i - index }, (_, k) => index + 1 + k);
  }
  return [];
}
