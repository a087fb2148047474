import type { Analysis } from './analysis-types';
import type { QuestionFeatures } from './answer-feature-types';
import { relatedStems } from './answer-lexicon';
import { rareSenseStems } from './answer-rare-senses';
import { indexArticle } from './article-index';
import { MONTHS } from './calendar-words';
import { askedCountVerb, HOW_MANY } from './count-of-another-act';
import { pastVerbWord } from './past-dated';
import { type SentenceWord, sentenceWords } from './sentence-words';
import { sourceVerb } from './source-verb';
import { matchTerm } from './term-match';
import { contentTerms } from './tokenize-words';
import data from './verb-causes.json' with { type: 'json' };

/** WordNet's causes and entailments of a verb's commonest senses, as stems ("kill" -> die): build-verb-causes.ts. */
const CAUSES = (data as { causes: Record<string, string> }).causes;

/** A count: digits, or a number word a reporter spells. */
const COUNT = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)$/;
/** Words that hedge a count and stand between it and its verb ("leaving about 14,000", "forced more than 300"). */
const HEDGE = new Set(
  'about some nearly almost around roughly approximately more less fewer than over under at least up to an estimated just close'.split(
    ' ',
  ),
);

/** A month, written out or cut ("Dec."): the number after it is a day, not a count. */
const MONTH = new RegExp(`^(?:${MONTHS.toLowerCase()}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$`);
/** A year ("in 2024") is no count either. */
const YEAR = /^(?:1[89]|20)\d\d$/;

const caused = (verb: string, other: string): boolean => (CAUSES[verb]?.split(' ') ?? []).includes(other);

/** Whether WordNet ties two verbs' stems: synonym or derivation, a rarer sense, or one causing or entailing the other. */
function related(a: string, b: string): boolean {
  return (
    relatedStems(a).includes(b) ||
    relatedStems(b).includes(a) ||
    rareSenseStems(a).includes(b) ||
    rareSenseStems(b).includes(a) ||
    caused(a, b) ||
    caused(b, a)
  );
}

/** The verb a count is the object of: the word before it past any hedge, when it is a verb form ("leaving", "forced"). */
function governingVerb(words: SentenceWord[], at: number): SentenceWord | undefined {
  let i = at - 1;
  while (i >= 0 && HEDGE.has(words[i]!.word)) i--;
  const w = words[i];
  if (w === undefined || w.stem === '' || sourceVerb(w.word)) return undefined;
  return /^[a-z]{3,}ing$/.test(w.word) || pastVerbWord(w.word) ? w : undefined;
}

/**
 * "How many people were injured in the strike?" over "…damaged a substation, leaving about 14,000 residents without
 * power, … said" (audit 60's B-a60-3): a count question asks how many underwent the asked act, and the best
 * sentence's every count is the object of another verb ("leaving", "forced"), while it says the asked verb by neither
 * its word nor a common WordNet synonym (a rarer sense's "damaged" for injured does not count: it is said of the
 * substation). The count is of another act, and the article gives none of this one. A governing verb WordNet ties to
 * the asked one keeps the count: "how many died?" over "…, killing 12 people" (kill causes die). The lexicon does not
 * tie evacuate to "forced … to leave", so that paraphrase is declined too: precision first.
 */
export function countOfUnsaidAct(
  analysis: Analysis,
  best: number,
  question: string,
  features: Pick<QuestionFeatures, 'type' | 'terms'>,
): string | undefined {
  const verb = askedCountVerb(question, features);
  if (verb === undefined) return undefined;
  const here = matchTerm(indexArticle(analysis), best, verb, true);
  if (here.exact > 0 || (here.synonym > 0 && here.rare === undefined)) return undefined;
  const text = analysis.sentences[best]!.text;
  const words = sentenceWords(text);
  // A number's digit groups are words of their own ("14", "000"): a count starts at its first.
  const tail = (i: number) => i > 0 && /^\d/.test(words[i - 1]!.word) && words[i]!.start - words[i - 1]!.end === 1;
  const date = (i: number) => YEAR.test(words[i]!.word) || (i > 0 && MONTH.test(words[i - 1]!.word));
  const counts = words.flatMap((w, i) => (COUNT.test(w.word) && !tail(i) && !date(i) ? [i] : []));
  if (counts.length === 0) return undefined;
  // The question's own words bar the verb and the counted noun: "how many residents lost power?" over "leaving 3,000
  // residents without power" says the asked act in the count's clause in other words.
  const counted = contentTerms(HOW_MANY.exec(question)?.[1]?.split(/\s+/)[0] ?? '')[0];
  const asked = new Set(contentTerms(question).filter((t) => t !== verb && t !== counted));
  for (const at of counts) {
    const governing = governingVerb(words, at);
    if (governing === undefined || governing.stem === verb || related(verb, governing.stem)) return undefined;
    let last = at;
    while (last + 1 < words.length && tail(last + 1)) last++;
    const from = words[last]!.end;
    const end = text.slice(from).search(/[,;:]|$/) + from;
    if (words.some((w) => w.start > from && w.end <= end && asked.has(w.stem))) return undefined;
  }
  return 'The article gives a count only of another act.';
}
