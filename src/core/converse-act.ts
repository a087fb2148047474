import type { Analysis } from './analysis-types';
import { indexArticle } from './article-index';
import { calendarWords } from './calendar-words';
import { eachMatch } from './each-match';
import { entityFinder } from './entity-finder';
import { namedParties } from './named-parties';
import { sentenceWords } from './sentence-words';
import { matchTerm } from './term-match';
import { tokenizeWords } from './tokenize-words';
import data from './verb-converses.json' with { type: 'json' };

/**
 * WordNet's antonyms of a verb's commonest senses, with their derivations, as stems ("bui" -> "sell seller"):
 * precomputed by src/train/build-verb-converses.ts, so src/core reads no files.
 */
const CONVERSES = (data as { converses: Record<string, string> }).converses;

/** A name after the preposition that takes the converse act's other party: "sold it to Corriby", "lost to Hale". */
const OTHER_SIDE = /\b(?:to|from|with|by)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*)/gu;

/**
 * "Who might buy the drone division?" (`verb`, askedDoerVerb's) over "Tarnwell Systems plans to sell its drone division …" (audit 50's
 * B-a50-8): a "who <verb>…?" question asks for the verb's doer, and a sentence saying only the verb's opposite or
 * converse (WordNet's antonym: sell for buy, lose for win, reject for accept) and not the verb itself, exactly or by
 * synonym, names a party to the other act. The ranker shares the object's words and takes it for the answer; it is
 * none, unless the sentence names a person or organisation the question does not, other than the converse act's
 * subject (the nearest name before it), in any position: "sold … to Corriby Aviation", "won …, beating the Green
 * candidate, Sami Okafor" (review 51's B-r51-2) name the other side. Then the article does not say who, and the
 * sentence is shown as itself.
 */
export function converseAct(
  analysis: Analysis,
  best: number,
  verb: string | undefined,
  questionWords: ReadonlySet<string>,
): string | undefined {
  if (verb === undefined || !Object.hasOwn(CONVERSES, verb)) return undefined;
  const index = indexArticle(analysis);
  const asked = matchTerm(index, best, verb, true);
  if (asked.exact > 0 || asked.synonym > 0) return undefined;
  const plain = index.plainTerms[best]!;
  const converse = CONVERSES[verb]!.split(' ');
  if (!converse.some((stem) => plain.has(stem))) return undefined;
  const text = analysis.sentences[best]!.text;
  // The converse act said as a noun only ("exploring a sale") has no word of it here: every name is before it.
  const said = sentenceWords(text).find((w) => converse.includes(w.stem));
  const at = said?.start ?? text.length;
  // The one reporting the act ("…, chief executive Orla Brennan told staff") is no party to it.
  const id = analysis.sentences[best]!.id;
  const speakers = new Set(analysis.statements.filter((s) => s.sentenceId === id).map((s) => s.speaker.toLowerCase()));
  const parties = namedParties(entityFinder(analysis.entities), text, questionWords).filter(
    (p) => !speakers.has(text.slice(p.start, p.end).toLowerCase()),
  );
  const subject = parties.filter((p) => p.end <= at).at(-1);
  if (parties.some((p) => p !== subject)) return undefined;
  // A party the name finder does not list ("lost the seat to the Greens": a plural name) after the preposition
  // that takes the converse act's other party.
  for (const m of eachMatch(OTHER_SIDE, text.slice(at))) {
    const name = m[1]!;
    if (!calendarWords(name) && !tokenizeWords(name).some((w) => questionWords.has(w))) return undefined;
  }
  return 'The article does not say who; it reports only the other side of that act.';
}
