import { frontedPlace } from './fronted-place';
import { handFirstName } from './hand-first-name';
import type { NameRun } from './name-runs';
import { partyPlaceTag } from './party-place-tag';
import { PLACE_WORDS, PLACES } from './place-words';
import { portfolioItem } from './portfolio-list';
import { seatBeforeApposedName } from './seat-before-apposed-name';
import { settlementAfter } from './settlement-after';
import { TITLE_WORDS, titleOfPlural } from './split-title';
import { type Word, wordIndexAt } from './tokenize';

/*
 * A capitalised run that parses as a name may still be a place or a title; the people index asks
 * this before counting it, and the rest of the index need not know the word lists.
 */

function isPlace(name: string, run: NameRun, certain: boolean, text: string): boolean {
  if (PLACES.has(name) || PLACES.has(name.slice(name.lastIndexOf(' ') + 1))) return true;
  const space = name.indexOf(' ');
  const first = space < 0 ? name : name.slice(0, space);
  if (certain || handFirstName(first)) return false;
  // "from neighbouring Dhanpur Char village": the noun after the run says what it names.
  if (settlementAfter(text, run.end)) return true;
  // "North Carolina Senators Anna Berg and Piet Kuiper": a place's words before a title's plural qualify the office
  // the plural opens a list with, not the names after it. A singular title's run is made certain by the title itself.
  let office = -1;
  run.words.forEach((w, i) => {
    if (!TITLE_WORDS.test(w.text) && titleOfPlural(w.text) !== null) office = i;
  });
  return run.words.slice(office + 1).some((w) => PLACE_WORDS.has(w.text));
}

/** Nouns that name a work: "the programme Go Digital" is a title, not a person called Digital. */
const WORK_NOUNS = new Set([
  'programme',
  'program',
  'show',
  'series',
  'book',
  'novel',
  'film',
  'movie',
  'album',
  'song',
  'play',
  'musical',
  'documentary',
  'game',
]);

function namesAWork(words: Word[], runStart: number): boolean {
  const i = wordIndexAt(words, runStart);
  const prev = words[i - 1];
  return i > 0 && prev !== undefined && WORK_NOUNS.has(prev.text) && runStart - prev.end === 1; // "programme, Mr Balls" is not
}

/** "… Tourism and Sport, Niamh Ó Briain,": the run's last word ends a post's portfolio (portfolio-list.ts). */
function endsPortfolio(name: string, run: NameRun, text: string): boolean {
  const at = run.end - name.length;
  return text.slice(at, run.end) === name && portfolioItem(name, text.slice(0, at), text.slice(run.end));
}

/**
 * Is the run a place ("Stoke Newington", "At Matignon,", "Brady Fork" of "Mary Alice Fenton of Brady Fork"), the title of a work ("the programme Go Digital") or a
 * portfolio's last word ("Minister for Public Expenditure, Éamon de Búrca,")? `text` is the sentence the run's offsets
 * index.
 */
export function notAPerson(name: string, certain: boolean, run: NameRun, words: Word[], text = ''): boolean {
  return (
    run.residence === true ||
    partyPlaceTag(run.words[0]!.text) ||
    isPlace(name, run, certain, text) ||
    namesAWork(words, run.words[0]!.start) ||
    frontedPlace(run, text) ||
    endsPortfolio(name, run, text) ||
    seatBeforeApposedName(name, run.end, text)
  );
}
