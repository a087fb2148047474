import { adjunctBeforeThat } from './adjunct-before-that';
import type { Sentence } from './analysis-types';
import { askedClauseVerb } from './asked-clause-verb';
import { WEEKDAYS } from './calendar-words';
import { clauseBeforeTag } from './clause-before-tag';
import { closedWhichRelative } from './closed-which-relative';
import { dashAsideSubject } from './dash-aside-subject';
import { determinerThat } from './determiner-that';
import { DETERMINER_SOURCE } from './determiners';
import { quotedPredicate } from './quoted-predicate';
import type { ReportedSpeech } from './reported-speech';
import { clauseSubject, type SpeakerPhrase, subjectBefore } from './speaker-phrase';
import { REPORTING_VERBS } from './speech-verbs';
import { isObjectInfinitive, isReportedClause } from './statement-checks';
import { subjectRelativeThat } from './subject-relative-that';
import { toldListener } from './told-listener';
import { wordChar } from './word-char';

// Speech reported mid-sentence ("Spicer said the White House is ..."): the subject before a
// reporting verb and the clause after it, with the many ways either can turn out not to be one.

/** Verbs that take a bare clause ("said the White House is ..."); the others need "that". */
const BARE_CLAUSE = new Set([
  'said',
  'says',
  'say',
  'added',
  'adds',
  'insisted',
  'insists',
  'argued',
  'argues',
  'claimed',
  'claims',
  'warned',
  'warns',
  'stressed',
  'believes',
  'believe',
  'believed',
  'thinks',
  'think',
  'thought',
  'told',
  'tells',
  'stated',
  'states',
  'admitted',
  'conceded',
  'acknowledged',
  'predicted',
  'suggested',
  'noted',
  'explained',
  'reckons',
  'feels',
  'felt',
  'reported',
]);
/** Verbs that name a listener ("told reporters ..."). */
const TELL = new Set(['told', 'tells', 'tell']);
/** Verbs whose object may take an infinitive ("warned users to update"): no reported clause. */
const OBJECT_VERBS = new Set(['told', 'tells', 'tell', 'warned', 'warns', 'warn']);
const LISTENER =
  /^(?:him|her|them|us|me|you|reporters|journalists|MPs|delegates|analysts|investors|colleagues|supporters|parliament|Parliament|BBC News|the (?:BBC|court|jury|committee|hearing|conference|House|Commons|inquiry|audience))\b,?\s+(?!(?:World|News|Radio|Online|Sport|Breakfast|Scotland|Wales|One|Two|Three|Four|Five|programme|website)\b)/;
/** A short adverbial between the verb and its clause ("said in a statement it is ..."). */
const ADVERBIAL = new RegExp(
  String.raw`^(?:in\s+(?:a|an)\s+(?:statement|interview|letter|speech|report|blog post)|on\s+(?:${WEEKDAYS}|Twitter|its website)|last\s+(?:week|month|year|night)|yesterday|today),?\s+`,
);
/** A passive ("It has been suggested", "is thought"), a negation ("did not say") or an infinitive ("refused to say"). */
const NO_SPEAKER_BEFORE =
  /(?:\b(?:is|are|was|were|be|been|being|not|never)\s+(?:[a-z]+ly\s+)?|n['’]t\s+|(?<!\b(?:went|go|goes|going)\s+on\s+)\bto\s+)$/i;
/** "evidence which he claims proves ...": a relative clause with a gap, not a statement. */
const RELATIVE_GAP = /\b(?:which|that|whom)\s+(?:he|she|it|they|we|i)\s+(?:also\s+)?$/i;
/** "X, who told Y that ..." (group 1: the comma of a non-restrictive relative). */
const WHO_BEFORE = /(,)?\s*\bwho\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?$/;
const DENY = new Set(['deny', 'denied', 'denies']);
const REFUSAL =
  /\b(?:refused|refuses|declined|declines|wanted|wants|agreed|agrees|tried|failed|began|attempted)\s+to\b/i;
const NOUN_THAT =
  /\b(?:claims|reports|suggestions|allegations|speculation|rumou?rs|fears|concerns|warnings|assurances|the (?:claim|report|suggestion|allegation|idea|view|fear|news))\s+that\s+$/;
/**
 * "The cost, say trustees, is beyond …": a verb right after a comma, then a short phrase, a comma and the clause's own
 * finite verb, is a tag set inside the clause; the phrase before the verb is the clause's subject, not the speaker
 * (review B-r44-11). The tags `parenthetical-tag.ts` can read are read there first; this leaves the rest unattributed.
 */
const TAG_INSIDE =
  /^[^,.;:"“”]{1,60},\s+(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do)\b/;
const DETERMINER_END = new RegExp(String.raw`(?:^|\s)(?:${DETERMINER_SOURCE})$`, 'i');

/** The noun phrase a non-restrictive "who" points back to ("... made by a former administrator"). */
function antecedentBefore(text: string, offset: number): SpeakerPhrase | null {
  const stop = /^.*\b(?:is|are|was|were|been|be|has|have|had|by|said|says|told)\s+/i.exec(text);
  const from = stop ? stop[0].length : 0;
  return subjectBefore(text.slice(from), offset + from);
}

/**
 * The words before a closed aside that stands right before the verb ("Ana Ruiz - a former engineer - said …", "Tom Reddy
 * (the council leader) said …"), as the quote tags read them: the aside's own words are no subject (review B-r43-5).
 */
function closedAsideCut(before: string): string {
  // Only the last words are read: an aside is short, and a window of hyphens ("a - b - c …") stays linear.
  const tail = before.slice(-ASIDE_WINDOW);
  const cut = dashAsideSubject(tail);
  return cut === null || cut === tail ? before : before.slice(0, before.length - tail.length + cut.length);
}
const ASIDE_WINDOW = 120;

/**
 * A coordinator among the words skipped before "that": the verb's first clause ends there. Not a correlative pair
 * ("said both publicly and privately that", "either in writing or in person that") nor two "-ly" adverbs: one
 * adverbial the verb's "that" follows (R59-6).
 */
const COORDINATED =
  /^(?!\s*(?:both|either|neither)\s)(?!.*\s[a-z]+ly\s+(?:and|or)\s+[a-z]+ly\s+that\s+$).*\s(?:and|but|or)\s/;
/** Is the "that" after `skipped` a relative pronoun? A subject in the gap, or a verb right after it. */
function relativeThat(skipped: string, after: string): boolean {
  return (
    /\b(?:he|she|they|we|i|it|you)\b/i.test(skipped) ||
    /^(?:will|would|can|could|should|may|might|must|is|are|was|were|has|have|had)\b/.test(after)
  );
}

const SUBJECT_WINDOW = 600;
const CLAUSE_WINDOW = 400;

/** Verb lengths, so most words are ruled out before a slice and a Set lookup (all are lower case). */
const VERB_MIN = Math.min(...[...REPORTING_VERBS].map((v) => v.length));
const VERB_MAX = Math.max(...[...REPORTING_VERBS].map((v) => v.length));

/** The first reporting verb in `text` (quotes masked) with a speaker before it and a clause after it. */
export function reportingVerbClause(sentence: Sentence, text: string): ReportedSpeech | null {
  // Every whole word that is a reporting verb, left to right (a scan, not a 200-way alternation).
  for (let i = 0, n = text.length; i < n; ) {
    if (!wordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const at = i;
    while (i < n && wordChar(text.charCodeAt(i))) i++;
    const first = text.charCodeAt(at);
    if (at === 0 || first < 97 || first > 122 || i - at < VERB_MIN || i - at > VERB_MAX) continue;
    const verb = text.slice(at, i);
    if (!REPORTING_VERBS.has(verb)) continue;
    // A subject sits within the last few hundred characters: reading only those keeps a sentence
    // of thousands of verbs ("said said said ...") linear.
    const from = Math.max(0, at - SUBJECT_WINDOW);
    const before = text.slice(from, at);
    const near = before.length > 48 ? before.slice(-48) : before; // the tail patterns only need the last words
    if (NO_SPEAKER_BEFORE.test(near) || RELATIVE_GAP.test(near) || askedClauseVerb(before)) continue;
    // "Mr Negroponte wants ... but conceded this was ambitious": the verb shares the subject.
    const shared = /\b(?:but|and)\s+(?:also\s+)?$/.test(near) ? clauseSubject(before, sentence.start + from) : null;
    const who = WHO_BEFORE.exec(near);
    if (who && !who[1]) continue; // "people who said that ...": restrictive, nobody named
    const subject = who
      ? antecedentBefore(before.slice(0, before.length - near.length + who.index), sentence.start + from)
      : (shared ?? subjectBefore(closedAsideCut(before), sentence.start + from));
    if (!subject) continue;
    // "Councillors met on Monday, said two of the officials.": the words before ", said" are the claim, not its source
    // (clause-before-tag.ts); the description after the verb is left unread, as "…, said two officials" is. Not
    // before a participle: "Trump had the air of a winner, noting that …" is the subject's own adjunct.
    if (/,\s*$/.test(near) && !verb.endsWith('ing') && subject.kind === 'phrase' && clauseBeforeTag(subject.text))
      continue;
    // "The claims were made ...", "His main concern was the reports": the "verb" was a noun.
    if (subject.kind === 'phrase' && DETERMINER_END.test(subject.text)) continue;
    // "Dr Fox refused to discuss reports that ...": the clause is someone else's.
    if (subject.kind === 'phrase' && REFUSAL.test(subject.text)) continue;
    if (subject.kind === 'phrase' && subject.text.split(',')[0]!.split(/\s+/).length > 10) continue;
    // "the programme investigated claims that ...": a verb, not a subject, before a noun-like verb.
    if (subject.kind === 'phrase' && /\b[a-z]+ed$/.test(subject.text)) continue;
    let clauseStart = i;
    const rest = text.slice(clauseStart, clauseStart + CLAUSE_WINDOW);
    // "told GMTV's Sunday programme (that)" — skip the listener; require a clause to follow.
    // "stated via Twitter on Friday that ..." — skip a short adverbial before "that".
    // "said in an email seen by Lloyd's List that …": a longer adjunct before "that" (adjunct-before-that.ts).
    let intro = /^(?:(?:\s+[\w'’]+){0,6}?\s+that\b)?\s+/.exec(rest);
    if (intro && !/\bthat\s+$/.test(intro[0])) intro = adjunctBeforeThat(rest) ?? intro;
    if (!intro) continue;
    let withThat = /\bthat\s+$/.test(intro[0]);
    // "says he is developing a PC that will go on sale": that "that" opens a relative clause.
    if (withThat && NOUN_THAT.test(intro[0])) continue; // "told MPs of claims that ...": the claims' content
    // "said the data from cities that already have …": the words before "that" are the clause's subject, the "that"
    // a relative pronoun in it (subject-relative-that.ts); a listener's verb has its object there instead.
    const subjectThat =
      withThat &&
      BARE_CLAUSE.has(verb) &&
      !OBJECT_VERBS.has(verb) &&
      subjectRelativeThat(intro[0].replace(/\bthat\s+$/, ''), rest.slice(intro[0].length));
    if (subjectThat || (withThat && relativeThat(intro[0], rest.slice(intro[0].length)))) {
      intro = /^\s+/.exec(rest)!;
      withThat = false;
    }
    // "say the quay floods every winter and that the wall …": the "that" opens the second of two clauses the verb
    // reports, so the clause starts at the verb, whole; the "that" still shows it is one (review 48's B-a48-11).
    const coordinated = withThat && COORDINATED.test(intro[0]);
    if (coordinated) {
      intro = /^\s+/.exec(rest)!;
      withThat = false;
    }
    if (!withThat && !coordinated && !BARE_CLAUSE.has(verb)) continue;
    if (/^\s+by\b/.test(rest)) continue; // passive: "claims denied by Labour"
    // "says that figure was …": "that" before a lone singular noun and its verb is the noun's determiner, kept.
    const determiner = withThat && determinerThat(rest.slice(intro[0].length));
    clauseStart += determiner ? intro[0].lastIndexOf('that') : intro[0].length;
    if (!withThat) {
      // "told the World at One his concern was ...": without "that" only a known listener is skipped.
      if (TELL.has(verb)) {
        const after = text.slice(clauseStart, clauseStart + CLAUSE_WINDOW);
        const listener = LISTENER.exec(after)?.[0].length ?? toldListener(after);
        if (!listener) continue;
        clauseStart += listener;
      }
      clauseStart += ADVERBIAL.exec(text.slice(clauseStart, clauseStart + CLAUSE_WINDOW))?.[0].length ?? 0;
    }
    // The checks below read the clause's opening words only (bounded, as the subject window is).
    const clause = text.slice(clauseStart, clauseStart + CLAUSE_WINDOW);
    if ((/,\s*$/.test(near) && TAG_INSIDE.test(clause)) || closedWhichRelative(near, clause)) continue;
    // Without "that", "told him about", "said it all", "said so" have no clause.
    if (!withThat && /^(?:to|for|by|with|about|of|so\b)/i.test(clause)) continue;
    // "He's reported from every debate": a reporter's posting, no clause (sample 59's #24).
    if (!withThat && verb.startsWith('report') && /^from\b/i.test(clause)) continue;
    if (
      !withThat &&
      /^it\b(?!['’]s|\s+(?:is|was|would|will|had|has|could|should|may|might|can|did|does|expects?|believes|hopes|plans|wants|needs|remains)\b)/i.test(
        clause,
      )
    )
      continue;
    if (text.length - clauseStart < 12) continue;
    // "Cross said he "may yet …"": the clause's verb is inside the quotation, which `text` has blanked.
    if (!isReportedClause(clause) && !quotedPredicate(sentence.text.slice(clauseStart, clauseStart + CLAUSE_WINDOW)))
      continue;
    if (OBJECT_VERBS.has(verb) && !withThat && isObjectInfinitive(clause)) continue;
    // "The firms deny that ...": what follows is what the speaker rejects, not what they said;
    // the speaker is still kept so that "They also say ..." finds them.
    return { subject, clauseStart, clauseEnd: text.length, ...(DENY.has(verb) ? { denial: true } : {}) };
  }
  return null;
}
