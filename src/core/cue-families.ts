import type { QuestionKind } from './analysis-types';
import { attackQuote, challenge } from './challenge-question';
import { accusation, doubt, refusal } from './charge-questions';
import { CHARGE_WORDS } from './charge-words';
import { decisionQuestion, unverifiedQuestion } from './check-questions';
import {
  conflict,
  denial,
  hedged,
  investigation,
  noEvidence,
  type PhraseContext,
  report,
  schedule,
  unclear,
  vagueSource,
} from './phrase-question';
import { planQuestion } from './plan-questions';
import {
  type PairFinder,
  pairBackReference,
  pairDecision,
  pairInquiry,
  pairPronoun,
  pairReport,
} from './question-pairs';
import { contested, singleSource } from './source-questions';

/**
 * Every cue family in one place: what a sentence must say (pattern), the literal hints that
 * gate the pattern for speed, what kind of open question it raises, how strong a reason it is
 * to chase, which other sentence completes it (pair), how it is phrased, and example sentences
 * the tests check the pattern and hints against. Adding a family means adding one record here.
 */
export interface CueFamily {
  shape: string;
  kind: QuestionKind;
  strength: number;
  pattern: RegExp;
  /** Lower-case literals, one of which occurs in every sentence the pattern matches. */
  hints: string[];
  /** Sentences the pattern must match (tested, with the hints). */
  examples: string[];
  phrase: (ctx: PhraseContext) => string | null;
  pair?: PairFinder;
  /** When this template finds no clean question, the sentence's next cue gets its turn. */
  narrow?: boolean;
  /** A sentence matching this is no lead for the family ("was expected to pass": the story has moved on). */
  unless?: RegExp;
}

const family = (f: CueFamily): CueFamily => f;
/** Hints written as one "a|b|c" string, to keep the records short. */
const hintList = (hints: string): string[] => hints.split('|');

export const CUE_FAMILIES: CueFamily[] = [
  family({
    shape: 'conflict',
    kind: 'disputed',
    strength: 3,
    pattern:
      /\b(?:reads?|is|was|are|were) (?:very |quite )?different(?:ly)? from\b|\bcontradict|\bat odds with\b|\bdiffers? from\b|\bconflicting (?:accounts|reports|claims)\b|\bdisputes? (?:the|this|that)\b/i,
    hints: hintList('differ|contradict|at odds|conflicting|dispute'),
    examples: ['The letter reads different from the media reports.', 'The figures contradict the minister.'],
    phrase: conflict,
    pair: pairReport(4),
  }),
  family({
    shape: 'no-evidence',
    kind: 'unverified',
    strength: 3,
    pattern: /\bno evidence\b|\bwithout (?:any )?evidence\b|\bunsubstantiated\b|\bunfounded\b|\bno proof\b/i,
    hints: hintList('evidence|unsubstantiated|unfounded|proof'),
    examples: ['Nunes said he had seen no evidence of contacts.', 'The claims are unfounded, he said.'],
    phrase: noEvidence,
    pair: pairInquiry,
  }),
  family({
    shape: 'unverified',
    kind: 'unverified',
    strength: 2.7,
    pattern:
      /\b(?:has|have|had) not (?:yet )?(?:been )?(?:independently )?(?:verified|confirmed)\b|\b(?:could not|cannot|can't|couldn't|was unable to|were unable to) (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)\b|\b(?:unverified|unconfirmed)\b/i,
    hints: hintList('verif|confirm'),
    examples: ['The Courier has not independently verified the figure.', 'The report could not be confirmed.'],
    phrase: unverifiedQuestion,
    pair: pairBackReference,
    narrow: true,
  }),
  family({
    shape: 'decision',
    kind: 'pending',
    strength: 2.4,
    pattern:
      /\b(?:considering|deciding|weighing(?: up)?|decide|yet to decide) whether (?:or not )?to\b|\b(?:decision|ruling|verdict|announcement)s? (?:is|are|was|were) (?:now )?(?:expected|due)\b/i,
    hints: hintList('whether|expected|due'),
    examples: ['The council is considering whether to open an inquiry.', 'A decision is expected next month.'],
    phrase: decisionQuestion,
    pair: pairDecision,
    narrow: true,
  }),
  family({
    shape: 'denial',
    kind: 'denied',
    strength: 2.6,
    pattern:
      /\b(?:denied|denies|deny|denying)\b(?! (?:olympic|gold|a place|victory|the title|entry))|\bconceded no\b|\badmitted no\b|\bno wrongdoing\b|\brejected (?:the )?(?:claims?|allegations?|suggestions?|reports?|accusations?)\b/i,
    hints: hintList('den|conceded no|admitted no|wrongdoing|rejected'),
    examples: ['Flynn denied misleading the administration.', 'The firm rejected the allegations.'],
    phrase: denial,
    pair: pairReport(1),
  }),
  family({
    shape: 'refusal',
    kind: 'unknown',
    strength: 2.5,
    pattern:
      /\b(?:refused|declined|would not|wouldn't|did not|didn't|could not|couldn't|would neither) (?:to )?(?:say|comment|confirm|reveal|discuss|disclose|elaborate|specify|explain|supply|provide|answer|give details|give (?:an? |any )?(?:estimate|figure|date|timetable|breakdown|number|total))\b|\b(?:has|have|had) not (?:yet )?said\b|\b(?:hasn't|haven't|hadn't) (?:yet )?said\b|\bnot going to go into\b|\b(?:had|has|have) not (?:yet )?(?:published|disclosed|released|revealed|explained|set out)\b|\bfailed to (?:publish|disclose|release|reveal|explain|set out)\b|\bnot (?:rule|ruling) (?:\w+ )?out\b|\bcould not be reached\b|\bdid not (?:immediately )?(?:respond|return)\b|\bno comment\b/i,
    hints: hintList("refused|declined|not |n't|no comment|neither|failed to"),
    examples: [
      'She declined to give an estimate.',
      'The campaign did not immediately respond to requests for comment.',
      'Trump did not unveil plans, and has not explained how he would pay.',
      'Kadzik wouldn’t say.',
      'Lawmakers have not said when they would take up the bill.',
    ],
    phrase: refusal,
    pair: pairPronoun,
  }),
  family({
    shape: 'accusation',
    kind: 'disputed',
    strength: 2.2,
    pattern: /\baccus(?:ed|es|e) (?!of\b)[^,.;"“]{2,60}? of\b|\b(?:was|were|been|is|are|being) accused of\b/i,
    hints: hintList('accus'),
    examples: ['The union accused the company of breaking the agreement.'],
    phrase: accusation,
  }),
  family({
    shape: 'doubt',
    kind: 'disputed',
    strength: 2.2,
    pattern:
      /\b(?:questioned|questions|question|doubted|doubts|doubt|queried) whether\b|\bcast(?:s|ing)? doubt (?:on|over)\b/i,
    hints: hintList('whether|doubt'),
    examples: ['Critics questioned whether the plan was legal.', 'The ruling casts doubt on the deal.'],
    phrase: doubt,
  }),
  family({
    shape: 'unclear',
    kind: 'unknown',
    strength: 2.5,
    pattern:
      /\b(?:it is|it was|it's|it remains|remains) (?:not |un)clear\b|\bunclear\b|\bunknowns?\b|\bnot (?:yet )?known\b|\bremains to be seen\b|\bno (?:details|word|indication)\b|\btoo early to (?:say|tell)\b|\b(?:nobody|no one) knows\b/i,
    hints: hintList(
      'clear|unknown|not known|not yet known|remains to be seen|no details|no word|no indication|too early to|nobody knows|no one knows',
    ),
    examples: [
      'It is not clear whether the deal will survive.',
      'It was too early to tell whether it was a bomb.',
      'There are still plenty of unknowns about the illness.',
    ],
    phrase: unclear,
  }),
  family({
    shape: 'vague-source',
    kind: 'unverified',
    strength: 2.2,
    pattern:
      /\b(?:sources?|officials?|insiders?|analysts|critics|experts|observers|commentators|some|people familiar|advisers|aides|advocates|activists|supporters|opponents|allies) (?:(?:close )?to (?:the |Mr\. |Mrs\. |Ms\. )?\S+ )?(?:said|say|says|claim|claimed|believe|believed|told|suggest|suggested|warn|warned|expect|expected|speculate|speculated|argue|argued|have linked)\b|\bsources (?:who|familiar|with knowledge)\b[^.;]{0,60}\b(?:said|say|says|told)\b|\baccording to (?:media |press |news |unconfirmed )?reports\b|\bit is (?:understood|thought|believed)\b|\b(?:is|are|was|were) (?:said|understood|believed|thought|rumou?red) to\b/i,
    hints: hintList(
      'source|official|insider|analysts|critics|experts|observers|commentators|some |people familiar|advisers|aides|advocates|activists|supporters|opponents|allies|according to|understood|thought|believed| said to|rumo',
    ),
    examples: [
      'Sources close to the minister said he would resign.',
      'It is thought that the talks will resume.',
      'Advisers to Mr. Obama say the president has grown exasperated.',
      'The rules did not require witnesses to cooperate, sources who reviewed them told Politico.',
      'It is a system which advocates say disadvantages needy schools.',
    ],
    phrase: vagueSource,
  }),
  family({
    shape: 'hedged',
    kind: 'unverified',
    strength: 2,
    pattern:
      /\b(?:reportedly|allegedly|apparently|purportedly|supposedly|rumou?rs?|speculation|speculat(?:e|es|ed|ing)|unconfirmed)\b/i,
    hints: hintList('reportedly|allegedly|apparently|purportedly|supposedly|rumo|speculat|unconfirmed'),
    examples: ['The player was reportedly paid £2m.', 'Firms speculate that prices will rise.'],
    phrase: hedged,
  }),
  family({
    shape: 'claim',
    kind: 'unverified',
    strength: 1.6,
    pattern: /\bclaims? (?:that|of)\b|\ballegations?\b|\baccusations?\b|\bsuggestions?\b/i,
    hints: hintList('claim|allegation|accusation|suggestion'),
    examples: ['The allegations surfaced last week.'],
    phrase: hedged,
  }),
  family({
    shape: 'report',
    kind: 'unverified',
    strength: 1.4,
    pattern:
      /\b(?:media|newspapers?|press|reports?|journal|times|post|news|today) (?:have |has )?(?:reported|reports|said|claimed)\b|\breported (?:on \w+ )?that\b/i,
    hints: hintList('reported|reports|said|claimed'),
    examples: ['The Wall Street Journal reported that Flynn had offered to testify.'],
    phrase: report,
  }),
  family({
    shape: 'investigation',
    kind: 'pending',
    strength: 2,
    pattern:
      /\b(?:is|are|was|were|been) (?:now )?(?:investigating|probing|examining|reviewing)\b|\b(?:launched|opened|ordered|began|faces) (?:an? |the )?(?:investigation|inquiry|probe)\b/i,
    hints: hintList('investigating|probing|examining|reviewing|investigation|inquiry|probe'),
    examples: ['Police are investigating the fire.', 'The regulator opened an inquiry.'],
    phrase: investigation,
  }),
  family({
    shape: 'inquiry-noun',
    kind: 'pending',
    strength: 1.7,
    pattern: /\b(?:investigation|inquiry|probe|inquest|hearing|trial)s? (?:into|of|by|over)\b/i,
    hints: hintList('investigation|inquiry|inquiries|probe|inquest|hearing|trial'),
    examples: ['The inquiry into the crash continues.'],
    phrase: investigation,
  }),
  family({
    shape: 'challenge',
    kind: 'disputed',
    strength: 2,
    pattern:
      /\b(?:dismiss(?:ed|es)?|reject(?:ed|s)?|rebuff(?:ed|s)?|brand(?:ed|s)|attacked|attacks (?:the|his|her|their)|criticis(?:ed|es)|criticiz(?:ed|es)|condemn(?:ed|s)?|slam(?:med|s)?|rebut(?:s|ted)?)\b|\b(?:opposition|objections?|criticisms?|backlash) (?:from|over|to|of)\b|\b(?:row|dispute|controversy) over\b|\bwarn(?:ed|s)? (?:that|of)\b|\b(?:rubbish|nonsense|falsehood|untrue)\b/i,
    hints: hintList(
      'dismiss|reject|rebuff|brand|attack|critic|condemn|slam|rebut|opposition|objection|backlash|row over|dispute over|controversy over|warn|rubbish|nonsense|falsehood|untrue',
    ),
    examples: ['The minister dismissed the report as rubbish.', 'Unions warned that jobs would go.'],
    phrase: challenge,
  }),
  family({
    shape: 'attack-quote',
    kind: 'disputed',
    strength: 2,
    pattern: new RegExp(`["“][^"”]*${CHARGE_WORDS.source}`, 'i'),
    hints: CHARGE_WORDS.hints,
    examples: ['Mr Howard said: "This is a desperate government recycling old ideas."'],
    phrase: attackQuote,
  }),
  family({
    shape: 'ultimatum',
    kind: 'pending',
    strength: 2.2,
    pattern: /\bor face (?:an?|the)\b|\bultimatum\b|\bdeadline\b/i,
    hints: hintList('or face|ultimatum|deadline'),
    examples: ['Staff must accept the offer by midday on Monday or face a strike ballot.'],
    phrase: schedule,
  }),
  family({
    shape: 'schedule',
    kind: 'pending',
    strength: 1.8,
    pattern:
      /\b(?:will|would|to|must|should) (?:decide|rule|announce|consult|vote|determine|approve|publish|outline|conclude|consider|name|choose|make a decision|unveil|reveal|report)\b|\b(?:make|made|take|taken|reach|await) (?:a |the |its |their |his |her )?(?:final )?decision\b|\bdecision (?:on|whether|by|is|will|due|expected)\b|\b(?:is|are|was|were) (?:expected|set|due|scheduled|poised|likely) to\b|\bexpectations? (?:of|that) (?:a|an|the|further|more)\b|\bawait(?:ing|s|ed)?\b|\bpending\b|\byet to\b|\bneeds? (?:\w+ )?approval\b|\bwas to\b|\b(?:is|are) to be\b|\b(?:will|would) be (?:set out|published|disclosed|made public)\b/i,
    hints: hintList(
      'set out|disclosed|made public|decide|rule|announce|consult|vote|determine|approve|publish|outline|conclude|consider|name|choose|decision|unveil|reveal|report|expected|set to|due to|scheduled|poised|likely|expectation|await|pending|yet to|approval|was to|to be',
    ),
    examples: ['The board will decide next week.', 'The case against Mr. Quiros is pending.'],
    phrase: schedule,
    unless: /^(?!.*\b(?:will|is|are)\b).*\b(?:was|were|had been) (?:expected|due|set|scheduled|poised|likely) to\b/i,
  }),
  family({
    shape: 'plan',
    kind: 'pending',
    strength: 1.6,
    pattern:
      /\b(?:plans?|planned|planning|intends?|intended|vow(?:s|ed)?|pledg(?:es|ed)|threaten(?:s|ed)?) to\b|\b(?:currently |now )?mulling\b/i,
    hints: hintList('plan|intend|vow|pledg|threaten|mulling'),
    examples: ['The firm is currently mulling the sale.', 'Police have no immediate plans to release the recordings.'],
    phrase: planQuestion,
  }),
  family({
    shape: 'single-source',
    kind: 'unverified',
    strength: 1.6,
    pattern: /\baccording to (?!(?:the |official )?(?:data|figures|census|records|statistics|law|rules|polls?)\b)/i,
    hints: hintList('according to'),
    examples: ['Turnout is up, according to a recent Reuters survey of voter lists.'],
    phrase: singleSource,
  }),
  family({
    shape: 'contested',
    kind: 'disputed',
    strength: 1.8,
    pattern:
      /\b(?:argue[sd]?|arguing|insist(?:s|ed)?|contend(?:s|ed)?) that\b|\bexpressed (?:concern|doubts?|skepticism|scepticism)\b/i,
    hints: hintList('argu|insist|contend|expressed'),
    examples: [
      'They argue that the agency overstepped its authority.',
      'Republicans have expressed concern that the change could lead to fraud.',
    ],
    phrase: contested,
  }),
  family({
    shape: 'future',
    kind: 'pending',
    strength: 1.5,
    pattern:
      /\b(?:will|shall)\b[^.;]{0,160}?\b(?:next|over the|by|on|in|until|before|from) (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d+ (?:days|weeks|months|years)|the next|(?:19|20)\d\d)\b|\b(?:could|would|may|might)\b[^.;]{0,160}?\b(?:next|this|later this|by the end of) (?:week|weekend|month|year)\b|\bunless\b[^.;]{0,60}\bacts?\b/i,
    hints: hintList('will|shall|could|would|may|might|unless'),
    examples: [
      'The body will be established over the next 18 months.',
      'Its first national television ad could start this week.',
      'The programme will expire at the end of this month unless Congress acts to extend it.',
    ],
    phrase: schedule,
  }),
];
