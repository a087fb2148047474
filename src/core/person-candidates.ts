import { AFFILIATIONS } from './affiliations';
import type { Sentence } from './analysis-types';
import { countedRuns } from './counted-runs';
import { leadNamedAlone } from './lead-named-alone';
import { findNameRuns, type NameRun } from './name-runs';
import { pairNextToSpeechVerb } from './next-to-speech-verb';
import { notAPerson } from './not-a-person';
import { NOT_NAMES } from './not-names';
import { orgLike } from './org-like';
import { outletAgent } from './outlet-agent';
import { pairedParse } from './paired-parse';
import type { parsePerson } from './parse-person';
import type { PeopleIndex } from './people';
import { personInRun } from './person-in-run';
import { findRole } from './person-roles';
import { placeListRuns } from './place-list-runs';
import { PLACES } from './place-words';
import { pluralBodyName } from './plural-body-name';
import { postListRuns } from './post-list-runs';
import { residenceRuns } from './residence-runs';
import { roleWordSurname } from './role-word-surname';
import { speakerWordSurname } from './speaker-word-surname';
import { speechVerbOpener } from './speech-verb-opener';
import { STOPWORDS } from './stopwords';
import { surnamePairRuns } from './surname-pair-runs';
import { tokenize, type Word } from './tokenize';
import { townBeforeState } from './town-before-state';
import { blankQuestionAnswerLabel } from './transcript-labels';

/** A capitalised run read as a person's name, with where it stands, for indexPeople (people.ts) to confirm. */
export interface Candidate {
  parse: NonNullable<ReturnType<typeof parsePerson>>;
  run: NameRun;
  sentence: Sentence;
  words: Word[];
  text: string;
  /** "Khizr" of "Khizr and Ghazala Khan": the apposition beside the pair is not this person's alone. */
  paired?: boolean;
  /** A lone role word ("Dean"): a mention only of a person the copy already names with that surname. */
  surnameOnly?: boolean;
}

const openerOnly = (word: string): boolean => NOT_NAMES.has(word) && STOPWORDS.has(word.toLowerCase());

/**
 * Every capitalised run of the article read as a person's name (a candidate) or, when it cannot be one, as an
 * organisation, a place or another name (per sentence). indexPeople confirms the candidates and groups them.
 */
export function personCandidates(sentences: Sentence[]): { candidates: Candidate[]; others: PeopleIndex['others'] } {
  const candidates: Candidate[] = [];
  let articleText: string | undefined;
  let namedAlone: ((name: string) => boolean) | undefined;
  let isOutlet: ((name: string) => boolean) | undefined;
  const pluralNames = new Map<string, boolean>();
  const others: PeopleIndex['others'] = sentences.map(() => []);
  const copy = (): string => (articleText ??= sentences.map((s) => s.text).join(' '));
  for (const sentence of sentences) {
    // "Q. Did you ...", "A. I read ...": a transcript's label is not an initial.
    const text = blankQuestionAnswerLabel(sentence.text);
    const words = tokenize(text);
    for (const found of surnamePairRuns(
      postListRuns(residenceRuns(placeListRuns(countedRuns(findNameRuns(text, words, copy))))),
      text,
      copy,
    )) {
      articleText = copy();
      const run = speechVerbOpener(found, text, articleText);
      // The run's own reading, or the name inside it the copy goes on to write alone (a form of address no table holds).
      const parse = personInRun(run, articleText);
      namedAlone ??= leadNamedAlone(articleText);
      isOutlet ??= outletAgent(articleText);
      // "Warner Brothers": a role noun's plural ends a body's name (plural-body-name.ts).
      const role = () => !!parse && findRole(sentence.text, words, run, parse) !== null;
      if (
        parse &&
        !notAPerson(parse.name, parse.certain, run, words, text) &&
        !townBeforeState(parse, text) &&
        !isOutlet(run.words.map((w) => w.text).join(' ')) &&
        !pluralBodyName(parse, namedAlone, role, articleText, pluralNames)
      ) {
        const speaks = pairNextToSpeechVerb(text, parse.start, parse.end);
        const pair = pairedParse(run, parse, words, articleText, namedAlone, speaks);
        if (pair) candidates.push({ parse: pair, run, sentence, words, text: sentence.text, paired: true });
        candidates.push({ parse, run, sentence, words, text: sentence.text });
      } else {
        const surnameOnly = roleWordSurname(run, articleText) ?? speakerWordSurname(run, sentence.text, articleText);
        if (surnameOnly) {
          candidates.push({ parse: surnameOnly, run, sentence, words, text: sentence.text, surnameOnly: true });
          continue;
        }
        // "But the Court of Appeals": a function word that opens no name is not the body's ("New York" keeps "New").
        let opener = 0;
        while (opener < run.words.length - 1 && openerOnly(run.words[opener]!.text)) opener++;
        const text = run.words
          .slice(opener)
          .map((w) => w.text)
          .join(' ')
          .replace(/^(?:the|a|an)\s+/, '');
        if (NOT_NAMES.has(text) || AFFILIATIONS.has(text)) continue;
        const kind = PLACES.has(text) ? 'place' : orgLike(text) ? 'organization' : 'other';
        others[sentence.id]!.push({ text, start: sentence.start + run.start, end: sentence.start + run.end, kind });
      }
    }
  }
  return { candidates, others };
}
