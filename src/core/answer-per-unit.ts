import type { Analysis } from './analysis-types';
import { firstWhere } from './first-where';
import type { AnswerType } from './question-type';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { contentTerms } from './tokenize-words';

/** "How much did each laptop cost?", "what is the price per tonne?": the thing one unit of which is priced. */
const ASKED_UNIT = /\b(?:each|per|every)\s+([\p{L}-]+)/iu;
/** The copy's unit price: "Each unit cost …", "P84,000 per laptop", "£12 a head". */
const UNIT_PRICE = /\b(?:each|per|every)\s+([\p{L}-]+)|\bapiece\b|\ba\s+(unit|piece|head)\b/giu;
/** Nouns that stand for one of whatever the story counts ("each unit", "per item"). */
const GENERIC = new Set(['unit', 'item', 'piece', 'device', 'one', 'set']);

/**
 * "How much did each laptop cost?" over "The committee is looking into the P3.2-billion purchase" and "“Each unit cost
 * the government P84,000,” said …": the asked slot is one unit's figure, which the total does not give however high it
 * ranks (audit 63 B-a63-5). When a money or amount question asks the figure per unit, the best-ranked sentence giving a
 * figure per that thing — named, or called a unit, item or piece in a story the headline says is about it — goes first,
 * quoted or not. The best kept when it gives one, or when none does.
 */
export function perUnitFirst(analysis: Analysis, ranked: Ranked[], question: string, type: AnswerType): Ranked[] {
  if (type !== 'money' && type !== 'amount') return ranked;
  const asked = ASKED_UNIT.exec(question);
  const noun = asked && contentTerms(asked[1]!)[0];
  if (!noun) return ranked;
  const topical = contentTerms(analysis.title).includes(noun);
  const perUnit = (r: Ranked): boolean => {
    const text = analysis.sentences[r.index]!.text;
    if (!/\d/.test(text)) return false;
    return [...text.matchAll(UNIT_PRICE)].some((m) => {
      const unit = m[1] ?? m[2];
      if (unit === undefined) return contentTerms(text).includes(noun);
      const term = contentTerms(unit)[0] ?? unit.toLowerCase();
      return term === noun || (topical && GENERIC.has(unit.toLowerCase().replace(/s$/, '')));
    });
  };
  const top = ranked[0];
  if (!top || perUnit(top)) return ranked;
  return firstWhere(ranked, perUnit);
}
