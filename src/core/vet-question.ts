import { ABBREVIATED_WORD, LETTER_ABBREVIATION } from './abbreviated-word';
import { SHORT_MONTHS } from './calendar-words';
import { clauseSlotSplice } from './clause-slot-splices';
import { presentOfPast } from './conditional-present';
import { droppedObject } from './dropped-object';
import { eachMatch } from './each-match';
import { ellipticCount } from './elliptic-count';
import { escapeRegExp } from './escape-reg-exp';
import { headlessSayClause } from './headless-say-clause';
import { loneSubordinate } from './lone-subordinate';
import { nameFirstWord } from './name-first-word';
import { openSuperlative } from './open-superlative';
import { splicedWords } from './spliced-words';
import { subjectlessClause } from './subjectless-clause';
import { endsElliptic, unfitSayer } from './unfit-sayer';
import { cutBeforeVerb, verblessThat } from './verbless-that';
import { TAG_IN_QUESTION } from './without-tags';

/**
 * The last gate before a templated question is printed. Templates splice clauses of the copy
 * into fixed frames; when a splice goes wrong the result is ungrammatical ("Will his father was
 * Kenyan…"), cuts a number ("up to 10, and…") or alters a word ("dismis", "j.P. Morgan"). Such a
 * question is never shown: the engine shows the flagged passage itself instead (passageItem).
 */

/** Words the templates add around the article's own words. Anything else must come from the copy. */
const FRAME_WORDS = new Set(
  (
    'a about accept account accusation accused across after against agree all allegation an and answer any anyone are ' +
    'as at based be bear been behind being beyond between by can charge check checked cited claim come conclude ' +
    'confirm confirmed could decide decision denial deny denies despite did differ do does doubt either else ' +
    'evidence exactly explain fact figure find finding first for found from give has have held hold how ' +
    'if in independently inquiries inquiry is it its kept make makes more named objecting of on or other out ' +
    'over per published really report reports right row said say says side so source stake status still ' +
    'than that the their them they this those to true up verified was were what when where whether which while ' +
    'who whom why will with would yet criticism answers there critics involved people here far try block unknown ' +
    'officials sources way no into ruling settle take case ask opposition those decides go ahead besides anyone backs polls show'
  ).split(' '),
);

const NUMBER = /\d/;
/** An auxiliary-first question whose subject runs into a second finite verb: "Will his father was…". */
const AUX_START =
  /^(?:Will|Would|Can|Could|Does|Did|Do|Has|Have|Why (?:did|does|do|has|have|will|would)|How (?:does|did|do|will|would|has|have)|When will|What will)\s+/;
/**
 * Past tenses that are never participles: "Will his father became…" is a splice, while "met", "sold",
 * "built" also follow Has/Have ("Has Trump met Putin?") or open a reduced relative ("the homes built after…").
 */
const PAST_NOT_PARTICIPLE =
  'became|went|took|gave|came|ran|spoke|drew|knew|saw|began|fell|rose|grew|wrote|broke|chose|flew|forgot|froze|hid|rode|rang|sang|sank|shook|stole|swore|threw|woke|withdrew';
const SUBJECT_THEN_FINITE = new RegExp(
  String.raw`^(?:(?!that\b|who\b|which\b|whether\b|if\b|what\b|when\b|where\b|how\b)[^\s,?]+\s+){1,6}?(?:was|were|is|are|has|had|said|says|did|does|wo|won['’]t|will|would|could|should|can|he|she|they|we|I|${PAST_NOT_PARTICIPLE})\b`,
);
/**
 * "Will Mook convened senior staff…", "Will the Palestinians resisted talks…": a name or a plural subject
 * followed by a regular past tense, where the modal needs a base form. A past participle after the
 * subject opens a reduced relative only before "by", a place or a time ("the homes built in 1990"). Base
 * forms that end in "-ed" are no past: "-eed" ("exceed", "proceed", "succeed") and a few short verbs ("embed").
 */
const PAST_AFTER_SUBJECT =
  /^(?:Will|Would|Can|Could|Does|Did|Do)\s+(?:(?:the|a|an|this|that|his|her|their|its)\s+[A-Za-z][\w'’-]*[^s\W]s|(?:\p{Lu}[\p{L}\w'’.-]*\s+){0,2}\p{Lu}[\p{L}\w'’.-]*)\s+(?!(?:embed|imbed|shed|shred|wed|sled)\b)[a-z]{2,}[^e]ed\s+(?!(?:by|in|at|on|for|to|from|with|during|after|before|since|last|earlier|this|into|over|under|as|and|or|that|who)\b)/u;
/**
 * "…, and will she has shown a vulnerability she say?": the frame's "will … say" wraps a subject, and a
 * finite verb inside it means a clause of the copy was taken for one.
 */
const WILL_SAY = /\band will\s+(.+)\s+say\?$/;
const BE_START = /^(?:Is|Are|Was|Were)\s+/;
const BE_SUBJECT_THEN_FINITE =
  /^(?:(?!that\b|who\b|which\b|whether\b|if\b|what\b|to\b)[^\s,?]+\s+){0,6}?(?:said|says|is|are|was|were|had|has|did)\b/i;
/** "Why did after the collapse…": a subject cannot open with a preposition or conjunction. */
const NO_SUBJECT =
  /^(?:Will|Would|Can|Could|Does|Did|Do|Is|Are|Was|Were|Has|Have|Why (?:did|does|do|is|are|has|have)|How (?:does|did|do))\s+(?:after|before|in|on|at|when|while|if|although|though|because|as|with|by|for|during|since|despite|among|amid|from|to|and|but|or|of|than|not|maybe|perhaps|probably|possibly|just|only|even)\b/i;
/** A clause cut mid-way: the question ends on a word that needs more after it (a subject pronoun needs its verb). */
const DANGLING_END =
  /\s\(?(?:and|or|but|the|a|an|of|to|that|which|who|with|by|for|in|on|at|from|his|her|their|its|is|are|was|were|has|have|had|will|would|reports|reported|said|says|told|claims|claimed|now|not|he|she|they|we|I)\s*…?\?$/i;

/**
 * A word-budget cut right after a modal's or "to"'s verb: "… may not secure…?", "… expected to visit…?". The verb's
 * object or complement is what was cut, and the verb alone reads as another sentence (sample 30's #3); the passage
 * is shown whole instead.
 */
const CUT_AFTER_VERB =
  /\s(?:will|would|can|could|may|might|must|should|shall|to)(?:\s+(?:not|never|also|only|just|even))?\s+[a-z][\w'’-]*…\?$/;

function tokens(text: string): string[] {
  return text.match(/[A-Za-z][A-Za-z.'’-]*[A-Za-z]|[A-Za-z]|\$?\d[\d,.]*\d%?|\d%?/g) ?? [];
}

/** A base form the templates may use for a verb of the copy: "decide" for "decided", "rebut" for "rebutted". */
function inflects(word: string, lower: Set<string>): boolean {
  const w = word.toLowerCase();
  if (w.length < 3) return false;
  for (const suffix of ['s', 'es', 'd', 'ed', 'ing']) if (lower.has(w + suffix)) return true;
  if (presentOfPast(w, lower)) return true;
  // Doubled final consonant ("rebutted"), never after an s: "dismis" + "sed" is no word of the copy.
  return /[^aeiou][aeiou][bdgmnpt]$/.test(w) && (lower.has(`${w}${w.at(-1)}ed`) || lower.has(`${w}${w.at(-1)}ing`));
}

/** Words of `question` that neither come from `copy` (as written, or only an opener's case changed), nor inflect one of its words, nor belong to the frames. */
function foreignWords(question: string, copy: string): string[] {
  const exact = new Set(tokens(copy));
  // Built only when a word is not in the copy as written: most questions' words all are.
  let lower: Set<string> | undefined;
  const foreign: string[] = [];
  for (const raw of tokens(question)) {
    const word = raw.replace(/['’]s$/, '').replace(/\.$/, '');
    if (exact.has(raw) || exact.has(word)) continue;
    if (NUMBER.test(word)) {
      foreign.push(raw);
      continue;
    }
    // Never an inner capital changed ("j.P."); a sentence opener may change case ("The" -> "the").
    if (/[A-Z]/.test(word.slice(1))) {
      foreign.push(raw);
      continue;
    }
    const bare = word.toLowerCase();
    lower ??= new Set([...exact].map((t) => t.toLowerCase().replace(/['’]s$/, '')));
    if (lower.has(bare) || FRAME_WORDS.has(bare) || inflects(bare, lower)) continue;
    foreign.push(raw);
  }
  return foreign;
}

/** Curly quotes pair in order: "…World War II,” the letter says, and will “Mr. Trump…" closes before it opens. */
function balancedQuotes(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '“') depth++;
    else if (c === '”' && --depth < 0) return false;
  }
  return depth === 0 && (text.match(/"/g) ?? []).length % 2 === 0;
}

/** "…besides Senate filings) confirm…", "…the criticism that (Grayson's spokeswoman…": a bracket spliced open or shut. */
function balancedBrackets(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * "…charge that No sympathy…": a sentence opener spliced in mid-question, its capital left standing.
 * "The" opens a name when the copy writes it mid-sentence too ("said The Washington Post", "in The Hague").
 */
const SPLICED_OPENER =
  /\b(?:that|whether|if|of|and|but)\s+(No|The|A|An|It|Its|This|These|That|Those|We|They|He|She|Our|Their|His|Her|There|In|On|At|But|And|If|When|As|So|Despite|Although|Though|While|After|Before|Because|Since|Among|However|Meanwhile|Yet|Instead|Indeed)\s(?=(\S+))|^(?:Will|Would|Can|Could|Does|Did|Do|Has|Have|Is|Are)\s+(The|A|An|This|These|Those|Its|Their|His|Her)\s(?=(\S+))/g;
function splicedOpener(question: string, copy: string): boolean {
  for (const m of eachMatch(SPLICED_OPENER, question)) {
    const [word, next] = m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!];
    const inName =
      word === 'The' &&
      /^[A-Z]/.test(next) &&
      new RegExp(`[a-z0-9,;:]\\s+["“‘]?The ${escapeRegExp(next)}\\b`).test(copy);
    if (!inName) return true;
  }
  return false;
}
/** "…confirm that of course, part of…": a sentence adverb of the copy left at the head of the reported clause. */
const ADVERB_CLAUSE =
  /\bthat\s+(?:of course|in fact|indeed|however|after all|among other things|nevertheless|meanwhile|still|yet),/i;
/** "…answer the criticism that reacting to criticism…": a participle phrase, not the criticism itself. */
const PARTICIPLE_CLAUSE =
  /\b(?:criticism|charge|claim|accusation) that\s+[a-z]+ing\s+(?:to|over|on|with|from|for|about)\b/;
/** "Why did Ms. Conway reject … and said that…", "…condemn the passage but praised the senators": after do-support every verb is a base form. */
const AND_PAST = /\b(?:and|but)\s+(?:said|told|[a-z]{3,}ed)\s+(?:that|the|a|an|his|her|their|its|it|him|them)\b/;
/** A second sentence inside the question: "…be a bully.” ― Veronica Cruz “As a…". */
const SECOND_SENTENCE = /[a-z]{2,}[.!?]["”’]?\s+\S/;
/** "on Dec. 16": a short month's stop before its day ends no sentence (audit 60's Ecofin date). */
const SHORT_MONTH_STOP = new RegExp(String.raw`\b(${SHORT_MONTHS})\.(?=\s+\d)`, 'g');
/** The copy's full stop after an acronym or a figure, the frame running on: "…from ISIS. based on…", "…in 2016. and…". */
const STOP_INSIDE = /(?:\b[A-Z]{2,}|\d)[.!?]["”’]?\s+[a-z]/;

/** "…reject the bill and now it must go…", "…in May but a full launch is not…": two clauses spliced into one question. */
const SPLICED_CLAUSE =
  /\b(?:and|but)\s+(?:now\s+)?(?:it|he|she|they|we|there|this|a|an|the)\b[^?,]{0,60}?\b(?:is|are|was|were|must|has|have|had)\b/;
/** "Will a hearing for January 9, and Trump is expected to attend?": a named subject's own clause after ", and". */
const SPLICED_NAMED_CLAUSE =
  /,\s+(?:and|but)\s+(?:\p{Lu}[\p{L}\w'’.-]*\s+){1,3}(?:is|are|was|were|must|has|have|had)\b/u;
/** "Will Portsmouth sets strict limits as Southampton give…": a name, its own present verb, then a second clause. */
const SUBORDINATE_IN_SUBJECT = /^\S+\s+[a-z]+s\s+(?:\S+\s+){0,5}?(?:as|while|because|although|whereas)\s+[A-Z]/;
const COORDINATED_PAST = /,\s+(?:and\s+)?[a-z]{3,}ed\s+(?:the|a|an|that|his|her|their|its|to)\b/;
/** "Which critics say critics argue…": a word said twice in a row is a splice gone wrong. */
const REPEATED = /\b([A-Za-z]{4,})\s+(?:\w+\s+)?\1\b/i;

/** A capitalised word the copy only ever writes at a sentence start ("Journalists say…"): left standing mid-question. */
function strandedOpener(question: string, copy: string, names: ReadonlySet<string>): boolean {
  const words = question.split(/\s+/);
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i]!.replace(/[^A-Za-z'’-]/g, '');
    // "Sanders has blamed…": a name that only ever opens sentences is still a name, not a plural noun.
    if (names.has(word)) continue;
    // "Will Democrats vote", "Will Hughes decide": the lexicon writes it with a capital (lowerStart kept it so).
    if (nameFirstWord(word)) continue;
    // "Are Sanders and Reed right …": joined by "and" to a name, it is the name's like (name-list.ts).
    if (/^(?:and|&)$/.test(words[i + 1]!) && names.has(words[i + 2]!.replace(/[^A-Za-z'’-]/g, ''))) continue;
    // Only a plural common noun running on into lower-case words ("Journalists not ruling out"): a
    // name ("David Frost", "Jones said") is left to the copy's own capitals.
    if (!/^[A-Z][a-z]+[^s]s$/.test(word) || !/^[a-z]/.test(words[i + 1]!)) continue;
    const mid = new RegExp(`(?:[a-z0-9,;]|\\b[A-Z]\\.)\\s+["“‘]?${word}\\b`).test(copy);
    const opener = new RegExp(`(?:^|[a-z0-9)]["”’]?[.!?]["”’]?\\s+)${word}\\b`).test(copy);
    if (!mid && opener) return true;
  }
  return false;
}

/** "…in Washington D.C?": an abbreviation ending the question keeps its own stop ("D.C.?", "7 a.m.?"). */
const ABBREVIATION_END = new RegExp(`${LETTER_ABBREVIATION}\\?$|\\b(?:${ABBREVIATED_WORD})\\.\\?$`);

/**
 * Whether a templated question reads cleanly and keeps every word of `copy` (the sentences it draws on,
 * or the `title`) intact. `names` are the article's name words (properWordsOf), kept capitalised.
 */
export function isCleanQuestion(
  question: string,
  copy: string,
  title = '',
  names: ReadonlySet<string> = new Set(),
): boolean {
  if (!question.endsWith('?') || question.split(/\s+/).length > 48) return false;
  if (NO_SUBJECT.test(question) || DANGLING_END.test(question) || CUT_AFTER_VERB.test(question)) return false;
  if (openSuperlative(question)) return false;
  if (!balancedQuotes(question)) return false;
  // "…50 states in this country ……?": a cut on a cut.
  if (!balancedBrackets(question) || /…\s*…|\.\.\.\s*…/.test(question)) return false;
  if (
    splicedOpener(question, copy) ||
    SECOND_SENTENCE.test(question.replace(SHORT_MONTH_STOP, '$1')) ||
    STOP_INSIDE.test(question)
  )
    return false;
  // A clause cut short mid-question ("in the wake…, and can they be named?", "…deal and investigated…
  // find"), the copy's '' quote marks, or a page's markup ("<tweet author=…>").
  if (/…,|…\s+[a-z]/.test(question) || question.includes("''") || /<\/?[a-z][^>]*>?|="/.test(question)) return false;
  const aux = AUX_START.exec(question);
  if (aux && SUBJECT_THEN_FINITE.test(question.slice(aux[0].length))) return false;
  if (PAST_AFTER_SUBJECT.test(question)) return false;
  const sayer = WILL_SAY.exec(question)?.[1];
  if (sayer && (SUBJECT_THEN_FINITE.test(`${sayer} say`) || unfitSayer(sayer))) return false;
  if (endsElliptic(question)) return false;
  if (aux && SPLICED_CLAUSE.test(question.replace(/\bthat\b.*$/, ''))) return false;
  if (aux && SPLICED_NAMED_CLAUSE.test(question.replace(/\bthat\b.*$/, ''))) return false;
  if (aux && SUBORDINATE_IN_SUBJECT.test(question.slice(aux[0].length))) return false;
  // "Why did Anuzis dismiss attempts…, floated the notion…": do-support makes every verb of the
  // phrase a base form; a past-tense verb coordinated after a comma was spliced in unchanged.
  if (aux && /\b(?:did|does|do)\b/.test(aux[0]) && COORDINATED_PAST.test(question)) return false;
  if (aux && /\b(?:did|does|do)\b/.test(aux[0]) && AND_PAST.test(question)) return false;
  if (ADVERB_CLAUSE.test(question) || PARTICIPLE_CLAUSE.test(question) || loneSubordinate(question)) return false;
  if (REPEATED.test(question) || strandedOpener(question, copy, names)) return false;
  if (verblessThat(question) || cutBeforeVerb(question) || droppedObject(question, copy)) return false;
  if (ellipticCount(question, copy)) return false;
  if (splicedWords(question, copy, names) || clauseSlotSplice(question)) return false;
  // "Which officials say is tied to…": from "who officials say is…", a relative clause with no subject left.
  if (headlessSayClause(question) || subjectlessClause(question, copy)) return false;
  // "…confirm that such a move could alienate his backers, Clinton allies believe?": a clause taken with its tag.
  if (TAG_IN_QUESTION.test(question)) return false;
  // "…confirm that to be still rewriting…", "Who can say at this point.)?": no clause, or a stray stop.
  if (/\bthat to\s/.test(question) || (/[.;:,(]\)?\?$|\.\)/.test(question) && !ABBREVIATION_END.test(question)))
    return false;
  // '…a "one-term president."?' keeps the copy's full stop inside the quote; "…families and
  // asserted?" strands a verb whose clause was cut; "many of whom's claim" makes a relative a name.
  // A bracket before the stop ("… (who vote).”?") is the same stop (sample 33's #27).
  if (/[a-z)\]]\.["”’']+\?/.test(question) || /\band\s+(?:[a-z]+ed|said|says)\?$/.test(question)) return false;
  if (/\b(?:whom|which|who)['’]s\b/i.test(question)) return false;
  // "…Resoundingly reject The Idea Of A Minimum Wage Hike?": a title-case headline spliced in.
  if (
    /\s(?:Of|A|An|To|For|And|With|On|In|At|The)\s(?:[A-Z]|a\s)/.test(question.slice(1)) &&
    /\s(?:Of|A|To|For|And)\s/.test(question)
  )
    return false;
  const be = BE_START.exec(question);
  if (be && BE_SUBJECT_THEN_FINITE.test(question.slice(be[0].length))) return false;
  // Title case capitalises every word: the headline may lend words, not a mid-sentence capital.
  return foreignWords(question, `${title} ${copy}`).length === 0;
}
