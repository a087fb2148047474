import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasVector } from '../core/answer-vectors';
import { contentTerms } from '../core/tokenize-words';
import { type SynsetLine, wordnetDataLines } from './wordnet-data-lines';
import { wordnetDict } from './wordnet-dict';

/** How many hypernym steps up a member's commonest sense reaches ("rifle" -> firearm -> gun -> weapon). */
const STEPS = 3;
/**
 * A class at fewer steps below WordNet's root than this is too general to be asked for as a kind ("group",
 * "person", "abstraction", "whole"): a "which group…?" is not answered by any group-like word.
 */
const MIN_CLASS_DEPTH = 6;

/**
 * For each common WordNet noun (single word, tagged in SemCor or in the answer vectors' news vocabulary), the
 * classes its commonest sense belongs to within STEPS hypernyms, as question terms (stems): "What weapons did
 * officers find?" is answered by "a rifle and a handgun" (src/core/class-members.ts). Gerunds are left out: their
 * stem is the verb's ("flooding" the therapy would make "flood" one). Nothing here reads questions, labels or copy.
 */
export function buildClassMembers(dict: string): Record<string, string> {
  const nouns = new Map(wordnetDataLines(dict, 'noun').map((s) => [s.offset, s]));
  const depths = new Map<string, number>();
  const depth = (s: SynsetLine): number => {
    const known = depths.get(s.offset);
    if (known !== undefined) return known;
    depths.set(s.offset, 0);
    const ups = s.pointers.filter((p) => (p.symbol === '@' || p.symbol === '@i') && p.pos === 'n');
    const d = ups.length === 0 ? 0 : 1 + Math.min(...ups.map((p) => depth(nouns.get(p.target)!)));
    depths.set(s.offset, d);
    return d;
  };
  const out = new Map<string, Set<string>>();
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0]!;
    const senses = Number.parseInt(f[2]!, 10);
    const tagged = Number.parseInt(f[5 + Number.parseInt(f[3]!, 10)]!, 10) > 0;
    const key = contentTerms(lemma)[0];
    if (!/^[a-z]+$/.test(lemma) || lemma.endsWith('ing') || key === undefined || !(tagged || hasVector(key))) continue;
    let frontier = [nouns.get(f[f.length - senses]!)!];
    for (let step = 0; step < STEPS; step++) {
      const next: SynsetLine[] = [];
      for (const s of frontier)
        for (const p of s.pointers) {
          const up = p.symbol === '@' && p.pos === 'n' ? nouns.get(p.target) : undefined;
          if (!up) continue;
          next.push(up);
          if (depth(up) < MIN_CLASS_DEPTH) continue;
          for (const word of up.words) {
            const stem = /^[a-z]+$/.test(word) ? contentTerms(word)[0] : undefined;
            if (stem === undefined || stem === key) continue;
            const set = out.get(key) ?? new Set<string>();
            set.add(stem);
            out.set(key, set);
          }
        }
      frontier = next;
    }
  }
  return Object.fromEntries([...out.keys()].sort().map((k) => [k, [...out.get(k)!].sort().join(' ')]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = buildClassMembers(wordnetDict());
  const json = `${JSON.stringify({ classes: out })}\n`;
  writeFileSync(new URL('../core/class-members.json', import.meta.url), json);
  console.log(`class members: ${Object.keys(out).length} nouns, ${(json.length / 1024).toFixed(1)} KB`);
}
