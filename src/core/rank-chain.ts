import { STOPLESS_RANKS } from './honorifics';
import type { Word } from './tokenize';

/**
 * "Maj Gen Ann Bell", "Pol Maj Gen Somsak Inthawong", "Pol Col Anucha Thongdee": a word that is a rank only beside
 * another rank written without a stop (honorifics.ts). "Gen" is a given name alone ("Gen Nakatani") and opens "Gen Z";
 * after "Lt", "Maj", "Brig" or the Thai police prefix "Pol" it is the general's rank. "Pol" (police) is a name alone
 * ("Pol Pot"); before a rank it opens the rank (audit 59, B-a59-1).
 */
export function rankChainWord(words: readonly Word[], i: number): boolean {
  const text = words[i]?.text;
  if (text === 'Gen') return chainRank(words[i - 1]?.text) || words[i - 1]?.text === 'Pol';
  return text === 'Pol' && (chainRank(words[i + 1]?.text) || words[i + 1]?.text === 'Gen');
}

const chainRank = (word: string | undefined): boolean => word !== undefined && STOPLESS_RANKS.has(word);
