import { boundedMemo } from './bounded-memo';
import { escapeRegExp } from './escape-reg-exp';
import data from './irregular-participles.json' with { type: 'json' };
import { irregularVerbLemma } from './irregular-verb-lemma';
import { numberedUnit } from './numbered-unit';
import { runsBefore } from './runs-before';
import { textOccurrences } from './text-occurrences';
import { VERB_BASES } from './verb-base-set';

/**
 * Words that never belong to a role phrase set before a name: determiners, pronouns, prepositions,
 * conjunctions, auxiliaries, verbs of saying and sentence adverbs ("asked former Attorney General Eric
 * Holder" keeps "former Attorney General").
 */
export const NOT_MODIFIER =
  /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|he|she|they|we|it|i|and|or|but|nor|so|yet|as|if|when|while|after|before|since|because|although|though|than|of|to|in|on|at|by|for|from|with|about|against|between|under|over|into|onto|during|like|including|according|despite|except|behind|out|up|off|around|near|across|along|among|amid|via|per|toward|towards|without|within|upon|beyond|said|says|say|told|tells|asked|added|noted|wrote|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|also|even|now|then|still|just|only|meanwhile|however|today|yesterday|earlier|later|last|next|who|whom|whose|which|what|where|why|how|whether|all|both|some|many|most|other|such|more|no|yes|well|mr|mrs|ms|dr|sen|rep|gov|gen)$/i;

/** Words in -ing that name a kind of post ("organizing director", "bestselling author"); any other -ing word is a verb. */
const ING_MODIFIER =
  /^(?:organizing|organising|founding|leading|ranking|governing|managing|presiding|visiting|acting|outgoing|incoming|sitting|reigning|bestselling|polling|fundraising|consulting|marketing|operating|working|supervising|coordinating|reporting)$/;

/**
 * Lower-case words that open a title written with a capital: "former President", "presumptive Republican nominee",
 * "shadow Chancellor" (a Westminster opposition post).
 */
const TITLE_OPENER =
  /^(?:former|presumptive|then|late|acting|deputy|vice|assistant|senior|chief|longtime|long-time|fellow|outgoing|incoming|top|veteran|conservative|liberal|progressive|current|interim|retired|ex|shadow|then-\w+)$/;

/** How many words before a role may say which post it is ("Republican vice presidential candidate"). */
const MAX_MODIFIERS = 4;

/**
 * A role the copy writes right before a name, with the words before it that say which post it is:
 * "nominee" -> "Libertarian presidential nominee", "President" -> "former President", "chief" -> "Post
 * White House bureau chief". The run stops at punctuation, a quotation mark, a figure, a function word,
 * a verb in -ed or -ing or an adverb in -ly: what stands before those is the sentence, not the role.
 */
export function roleModifiers(role: string, name: string, text: string): string {
  const m = modifiersMatch(role, name, text);
  if (!m) return role;
  const before = m[1]!.trim().split(/\s+/);
  let start = before.length;
  // Whether the run ended on a sure boundary (punctuation, a function word, a figure) or on a word that
  // may be the sentence's own (a verb in -s, -ed, -ing; an adverb; the window's end).
  let clean = false;
  while (start > 0) {
    const w = before[start - 1]!;
    // "much like 2004 Democratic nominee": a year opening the run says which post, as "former" does.
    if (
      YEAR.test(w) &&
      /^[A-Z]/.test(before[start] ?? role) &&
      (sureBoundary(before[start - 2]) || verbIng(before[start - 2]))
    ) {
      start--;
      clean = true;
      break;
    }
    if (numberedUnit(before, start, sureBoundary)) {
      start -= 2;
      clean = true;
      break;
    }
    // "Public Accounts Committee (PAC) chairman": a body's acronym in brackets stays inside its name.
    if (/^\(\p{Lu}{2,6}\)$/u.test(w) && /^[A-Z]/.test(before[start - 2] ?? '')) {
      start--;
      continue;
    }
    if (/[.,;:!?)"“”]$|^["“(‘$\d]|[<>=]/.test(w) || /[’']$/.test(w) || !/[A-Za-z]/.test(w)) {
      clean = true;
      break;
    }
    if (NOT_MODIFIER.test(w.replace(/['’]s$/, ''))) {
      clean = true;
      break;
    }
    // "shadow housing minister", "former planning director": an -ing word between a title's opener and the head is
    // a noun naming the portfolio; a verb takes no opener before it.
    if (/^[a-z]+ing$/.test(w) && start === before.length && TITLE_OPENER.test(before[start - 2] ?? '')) {
      start--;
      continue;
    }
    if (/^[a-z]+(?:ly|ed|[^isu]s)$/.test(w) || (/^[a-z]+ing$/.test(w) && !ING_MODIFIER.test(w))) {
      // "led by ousted campaign manager", "the recently murdered fashion designer", "from tea-party backed
      // candidate": a participle (and its adverbs or compound) right after a determiner or a preposition is
      // the noun phrase's own adjective, not the sentence's verb ("he ousted", "Trump praised").
      const adjectival = participleRun(before, start);
      // "telling conservative radio host", "attacking 2012 Republican presidential nominee": a verb in -ing is
      // the sentence's, and the words between it and the role are its object's, the role's own.
      if (adjectival < 0) {
        const opener = before[start - 2];
        // "his running mate": right before the role and after a determiner (no preposition: "by attacking nominee")
        // the -ing word is the role's own adjective, and the determiner ends the role; with words between ("his
        // running mate presidential nominee") it modifies another noun.
        if (/ing$/.test(w) && start === before.length && opener !== undefined && DETERMINER.test(opener)) {
          start--;
          clean = true;
          break;
        }
        clean = /ing$/.test(w) && start < before.length && opener !== undefined && !PHRASE_OPENER.test(opener);
        break;
      }
      start = adjectival;
      clean = true;
      break;
    }
    // "the reason President Obama…", "to defeat President…": before a capitalised word only an opener
    // of a title ("former President") belongs to it.
    const right = before[start] ?? role.split(/\s+/)[0]!;
    if (/^[a-z]/.test(w) && /^[A-Z]/.test(right) && !TITLE_OPENER.test(w)) break;
    // "Just ask former NFL star": left of an opener only a name or a possessive ("Obama’s former") belongs.
    // A lone role that is itself such a word ("the production chief") is the head, not an opener.
    if (/^[a-z]/.test(w) && TITLE_OPENER.test(right) && (start < before.length || role.includes(' '))) {
      clean = true;
      break;
    }
    // "Tenney took down businessman": an irregular past is the sentence's verb (after the openers: "met former").
    if (pastForm(w)) break;
    start--;
  }
  if (start === 0 && m.index === 0) clean = true;
  // After an unsure boundary ("poll shows Republican presidential candidate") the role starts at its
  // first capitalised word; lower-case words before it may be the sentence's.
  // "backing then-Republican presidential candidate": a "then-" compound opens the role as a capital does.
  if (!clean) while (start < before.length && !/^(?:[A-Z]|then-\p{Lu})/u.test(before[start]!)) start++;
  // "to honour US literary critic", "who will face challenger": a lower-case word after "to" or a modal is a verb,
  // not the role's.
  while (start < before.length && verbMarker(before, start - 1) && /^[a-z]/.test(before[start]!)) start++;
  return start < before.length ? `${before.slice(start).join(' ')} ${role}` : role;
}

/**
 * The pattern for one role and name, keyed by the role's length, the role and the name: who is who asks the same
 * person's role over and over, and each fresh expression was parsed and compiled to native code again (~0.1 ms).
 * Global, so each caller sets `lastIndex` before its `exec`.
 */
const modifiersPattern = boundedMemo((key: string): RegExp => {
  const colon = key.indexOf(':');
  const role = key.slice(colon + 1, colon + 1 + Number(key.slice(0, colon)));
  const name = key.slice(colon + 1 + role.length);
  return new RegExp(
    `(?:^|\\s)((?:\\S+\\s+){1,${MAX_MODIFIERS}})${escapeRegExp(role)}\\s+${escapeRegExp(name)}(?![\\w-])`,
    'g',
  );
}, 512);

/**
 * The first match of `(?:^|\s)((?:\S+\s+){1,4})role\s+name(?![\w-])` in the copy, run from a few words before the
 * first "role name" instead of tried at every character of the copy: any match ends on such an occurrence, so
 * none starts before the fourth word ahead of the first one (nor the space before that word).
 */
function modifiersMatch(role: string, name: string, text: string): RegExpExecArray | null {
  const pattern = modifiersPattern(`${role.length}:${role}${name}`);
  // An empty role, one ending in a space, or a name opening on one (the spaces would be read otherwise): the whole
  // copy, from its start.
  if (!role || /\s$/.test(role) || !/^\S/.test(name)) {
    pattern.lastIndex = 0;
    return pattern.exec(text);
  }
  const first = firstRoleBeforeName(role, name, text);
  if (first < 0) return null;
  pattern.lastIndex = Math.max(0, runsBefore(text, first, MAX_MODIFIERS) - 1);
  return pattern.exec(text);
}

/**
 * Where the first "role name" starts (the role, whitespace, the name not run on into a word), read back from the
 * name's occurrences rather than forward from the role's: on a roster every line may hold "President", and the
 * search for each name then read the copy up to that name's line. The whitespace before a name occurrence is all of
 * the gap after the role ending there, as the role ends on no whitespace; the occurrences ascend, so do the roles.
 */
function firstRoleBeforeName(role: string, name: string, text: string): number {
  for (const at of textOccurrences(text, name)) {
    if (/[\w-]/.test(text[at + name.length] ?? '')) continue;
    let gap = at;
    while (gap > 0 && /\s/.test(text[gap - 1]!)) gap--;
    if (gap < at && gap >= role.length && text.startsWith(role, gap - role.length)) return gap - role.length;
  }
  return -1;
}

/**
 * A word that may be the sentence's verb or adverb rather than a role's modifier: in -ed, -ly, a verb's -s ("crisis
 * consultant", "status report": a noun in -is, -us or -ss is none), -ing (not a post's own: "founding"), or an
 * irregular past.
 */
export function verbForm(w: string): boolean {
  return /^[a-z]+(?:ly|ed|[^isu]s)$/.test(w) || (/^[a-z]+ing$/.test(w) && !ING_MODIFIER.test(w)) || pastForm(w);
}

/**
 * The irregular forms WordNet also reads as a noun or an adjective ("lay preacher", "ground crew supervisor", "wound
 * care nurse"): before a role they may be its own words (review 49, B-r49-6), so they end no role run.
 */
const NOMINAL: ReadonlySet<string> = new Set((data as { nominal: string }).nominal.split(' '));

/**
 * "Tenney took down businessman": an irregular past or participle (WordNet's, irregular-verb-lemma.ts) is the
 * sentence's verb as a word in -ed is; a form spelt as its lemma ("set designer", "cast member") or one WordNet
 * also reads as a noun or an adjective ("lay", "ground", "wound") may be the role's own.
 */
function pastForm(word: string): boolean {
  const lemma = irregularVerbLemma(word);
  return lemma !== undefined && lemma !== word && !NOMINAL.has(word);
}

/** Words after which a lower-case word is a verb: "to" and the modals. */
const MODAL_OR_TO = /^(?:to|would|will|can|could|should|may|might|must|shall|did|does|do)$/i;

/**
 * The words that make "to" a preposition of a fixed complex preposition ("according to", "due to", "next to"), after
 * which a lower-case word opens a noun phrase, not a verb: "according to cast member Tom Hale" keeps "cast member".
 */
const PREPOSITION_BEFORE_TO = /^(?:according|due|owing|next|close|prior|thanks|contrary|pursuant|relative)$/i;

/** Words WordNet reads as verbs more often than as nouns (src/train/build-verb-bases.ts): "meet", "sign", "lead". */
const VERBS: ReadonlySet<string> = VERB_BASES;

/** Whether `words[i]` is a modal or an infinitive's "to", so that the lower-case word after it is a verb. */
export function verbMarker(words: readonly string[], i: number): boolean {
  const w = words[i];
  if (w === undefined || !MODAL_OR_TO.test(w)) return false;
  if (!/^to$/i.test(w) || !PREPOSITION_BEFORE_TO.test(words[i - 1] ?? '')) return true;
  // "due to" is also a schedule's "to" ("is due to meet union leader Tom Hale", review 50 B-r50-1): before a verb's
  // base it marks an infinitive, before a noun it is a cause ("due to union pressure"). "close to" takes a noun or an -ing
  // form, never a bare verb, so it stays a preposition ("close to lead negotiator …").
  return /^due$/i.test(words[i - 1]!) && VERBS.has(words[i + 1] ?? '');
}

const YEAR = /^(?:1[89]|20)\d\d$/;

/** A verb in -ing that is no post's own word ("attacking", not "founding"): the role after it is its object. */
function verbIng(word: string | undefined): boolean {
  return word !== undefined && /^[a-z]+ing$/.test(word) && !ING_MODIFIER.test(word);
}

/** A word a role phrase cannot run on past: none (the window's start), punctuation or a function word. */
function sureBoundary(word: string | undefined): boolean {
  return word === undefined || /[.,;:!?)"“”]$/.test(word) || NOT_MODIFIER.test(word);
}

/**
 * Determiners: the words that open a noun phrase and nothing else. Not "that" (so not determiners.ts's list): before an
 * -ing word it is as often a complementiser or a relative ("said that leading …") as a determiner.
 */
const DETERMINER = /^(?:the|a|an|this|these|those|his|her|their|its|our|my|your)$/i;

/** Determiners and prepositions: after one, a participle opens a noun phrase ("by ousted", "the reigning"). */
const PHRASE_OPENER =
  /^(?:the|a|an|this|these|those|his|their|its|our|my|your|of|in|on|at|by|for|from|with|about|against|between|under|over|into|like|including|among|as|behind|alongside)$/i;

/**
 * Where a run of participles, adverbs and hyphenated compounds ending at `end` (exclusive) opens, when a
 * determiner or a preposition stands right before it; -1 when it does not (the words are the sentence's).
 */
function participleRun(before: readonly string[], end: number): number {
  let i = end;
  while (i > 0 && i > end - 3 && /^[a-z]+(?:ly|ed|en)$|^[a-z]+-[a-z-]+$/.test(before[i - 1]!)) i--;
  if (i === end) return -1;
  const opener = before[i - 1];
  return opener !== undefined && PHRASE_OPENER.test(opener) && /^[a-z]+(?:ed|en)$|-[a-z]+$/.test(before[end - 1]!)
    ? i
    : -1;
}
