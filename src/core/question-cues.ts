import type { QuestionKind } from './analysis-types';

/** Which phrasing template a cue calls for. */
export type CueShape =
  | 'conflict' // the copy says accounts differ ("reads different from the media reports")
  | 'no-evidence' // someone asserts an absence of evidence
  | 'denial' // someone denies claims / concedes no wrongdoing
  | 'vague-source' // "analysts said", "sources said", "critics claim"
  | 'hedged' // "reportedly", "apparently", "allegedly", "claims that"
  | 'report' // "X reported that ..." (an account a document may contradict)
  | 'investigation' // an inquiry under way
  | 'schedule' // a decision, deadline or announcement still to come
  | 'future' // plain future ("will be established over the next 18 months")
  | 'refusal' // "refused to say whether", "declined to comment", "did not rule out", "had not published"
  | 'accusation' // "X accused Y of Z"
  | 'doubt' // "questioned whether", "cast doubt on"
  | 'unclear' // "it is not clear", "unknown"
  | 'challenge' // "dismissed as", "warned that", "opposition from", "brands as rubbish"
  | 'attack-quote' // a quoted charge ("desperate", "recycling")
  | 'unverified' // "has not independently verified the figure": the claim before it is unchecked
  | 'decision'; // "was considering whether to open an inquiry", "a decision is expected next month"

export interface Cue {
  kind: QuestionKind;
  shape: CueShape;
  strength: number;
}

/** [pattern, kind, shape, strength, hints]: the pattern only runs when a hint occurs (lowercase), for speed. */
const CUE_RULES: Array<[RegExp, QuestionKind, CueShape, number, string[]]> = [
  [
    /\b(?:reads?|is|was|are|were) (?:very |quite )?different(?:ly)? from\b|\bcontradict|\bat odds with\b|\bdiffers? from\b|\bconflicting (?:accounts|reports|claims)\b|\bdisputes? (?:the|this|that)\b/i,
    'disputed',
    'conflict',
    3,
    ['differ', 'contradict', 'at odds', 'conflicting', 'dispute'],
  ],
  [
    /\bno evidence\b|\bwithout (?:any )?evidence\b|\bunsubstantiated\b|\bunfounded\b|\bno proof\b/i,
    'unverified',
    'no-evidence',
    3,
    ['evidence', 'unsubstantiated', 'unfounded', 'proof'],
  ],
  [
    /\b(?:has|have|had) not (?:yet )?(?:been )?(?:independently )?(?:verified|confirmed)\b|\b(?:could not|cannot|can't|couldn't|was unable to|were unable to) (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)\b|\b(?:unverified|unconfirmed)\b/i,
    'unverified',
    'unverified',
    2.7,
    ['verif', 'confirm'],
  ],
  [
    /\b(?:considering|deciding|weighing(?: up)?|decide|yet to decide) whether (?:or not )?to\b|\b(?:decision|ruling|verdict|announcement)s? (?:is|are|was|were) (?:now )?(?:expected|due)\b/i,
    'pending',
    'decision',
    2.4,
    ['whether', 'expected', 'due'],
  ],
  [
    /\b(?:denied|denies|deny|denying)\b(?! (?:olympic|gold|a place|victory|the title|entry))|\bconceded no\b|\badmitted no\b|\bno wrongdoing\b|\brejected (?:the )?(?:claims?|allegations?|suggestions?|reports?|accusations?)\b/i,
    'denied',
    'denial',
    2.6,
    ['den', 'conceded no', 'admitted no', 'wrongdoing', 'rejected'],
  ],
  [
    /\b(?:refused|declined|would not|wouldn't|did not|didn't|could not|would neither) (?:to )?(?:say|comment|confirm|reveal|discuss|disclose|elaborate|specify|give details|give (?:an? |any )?(?:estimate|figure|date|timetable|breakdown|number|total))\b|\b(?:had|has|have) not (?:yet )?(?:published|disclosed|released|revealed|explained|set out)\b|\bfailed to (?:publish|disclose|release|reveal|explain|set out)\b|\bnot (?:rule|ruling) (?:\w+ )?out\b|\bcould not be reached\b|\bdid not (?:respond|return)\b|\bno comment\b/i,
    'unknown',
    'refusal',
    2.5,
    ['refused', 'declined', 'not ', "n't", 'no comment', 'neither', 'failed to'],
  ],
  [
    /\baccus(?:ed|es|e) (?!of\b)[^,.;"“]{2,60}? of\b|\b(?:was|were|been|is|are|being) accused of\b/i,
    'disputed',
    'accusation',
    2.2,
    ['accus'],
  ],
  [
    /\b(?:questioned|questions|question|doubted|doubts|doubt|queried) whether\b|\bcast(?:s|ing)? doubt (?:on|over)\b/i,
    'disputed',
    'doubt',
    2.2,
    ['whether', 'doubt'],
  ],
  [
    /\b(?:it is|it was|it's|it remains|remains) (?:not |un)clear\b|\bunclear\b|\bunknown\b|\bnot known\b|\bremains to be seen\b|\bno (?:details|word|indication)\b/i,
    'unknown',
    'unclear',
    2.5,
    ['clear', 'unknown', 'not known', 'remains to be seen', 'no details', 'no word', 'no indication'],
  ],
  [
    /\b(?:sources?|officials?|insiders?|analysts|critics|experts|observers|commentators|some|people familiar) (?:close to \S+ )?(?:said|say|says|claim|claimed|believe|believed|told|suggest|suggested|warn|warned|expect|expected)\b|\baccording to (?:media |press |news |unconfirmed )?reports\b|\bit is understood\b|\b(?:is|are|was|were) (?:said|understood|believed|thought|rumou?red) to\b/i,
    'unverified',
    'vague-source',
    2.2,
    [
      'source',
      'official',
      'insider',
      'analysts',
      'critics',
      'experts',
      'observers',
      'commentators',
      'some ',
      'people familiar',
      'according to',
      'understood',
      ' said to',
      ' believed to',
      ' thought to',
      'rumo',
    ],
  ],
  [
    /\b(?:reportedly|allegedly|apparently|purportedly|supposedly|rumou?rs?|speculation|unconfirmed)\b/i,
    'unverified',
    'hedged',
    2,
    ['reportedly', 'allegedly', 'apparently', 'purportedly', 'supposedly', 'rumo', 'speculation', 'unconfirmed'],
  ],
  [
    /\bclaims? (?:that|of)\b|\ballegations?\b|\baccusations?\b|\bsuggestions?\b/i,
    'unverified',
    'hedged',
    1.6,
    ['claim', 'allegation', 'accusation', 'suggestion'],
  ],
  [
    /\b(?:media|newspapers?|press|reports?|journal|times|post|news|today) (?:have |has )?(?:reported|reports|said|claimed)\b|\breported (?:on \w+ )?that\b/i,
    'unverified',
    'report',
    1.4,
    ['reported', 'reports', 'said', 'claimed'],
  ],
  [
    /\b(?:is|are|was|were|been) (?:now )?(?:investigating|probing|examining|reviewing)\b|\b(?:launched|opened|ordered|began|faces) (?:an? |the )?(?:investigation|inquiry|probe)\b/i,
    'pending',
    'investigation',
    2,
    ['investigating', 'probing', 'examining', 'reviewing', 'investigation', 'inquiry', 'probe'],
  ],
  [
    /\b(?:investigation|inquiry|probe|inquest|hearing|trial)s? (?:into|of|by|over)\b/i,
    'pending',
    'investigation',
    1.7,
    ['investigation', 'inquiry', 'inquiries', 'probe', 'inquest', 'hearing', 'trial'],
  ],
  [
    /\b(?:dismiss(?:ed|es)?|reject(?:ed|s)?|rebuff(?:ed|s)?|brand(?:ed|s)|attacked|attacks (?:the|his|her|their)|criticis(?:ed|es)|criticiz(?:ed|es)|condemn(?:ed|s)?|slam(?:med|s)?|rebut(?:s|ted)?)\b|\b(?:opposition|objections?|criticisms?|backlash) (?:from|over|to|of)\b|\b(?:row|dispute|controversy) over\b|\bwarn(?:ed|s)? (?:that|of)\b|\b(?:rubbish|nonsense|falsehood|untrue)\b/i,
    'disputed',
    'challenge',
    2,
    [
      'dismiss',
      'reject',
      'rebuff',
      'brand',
      'attack',
      'critic',
      'condemn',
      'slam',
      'rebut',
      'opposition',
      'objection',
      'backlash',
      'row over',
      'dispute over',
      'controversy over',
      'warn',
      'rubbish',
      'nonsense',
      'falsehood',
      'untrue',
    ],
  ],
  [
    /["“][^"”]*\b(?:desperate|recycl\w*|rubbish|nonsense|lies|lying|misleading|scandal\w*|shambles|fiasco|betray\w*|u-turn|gimmick|stunt|hypocri\w*|disgrace\w*|cynical|smear\w*)\b/i,
    'disputed',
    'attack-quote',
    2,
    [
      'desperate',
      'recycl',
      'rubbish',
      'nonsense',
      'lies',
      'lying',
      'misleading',
      'scandal',
      'shambles',
      'fiasco',
      'betray',
      'u-turn',
      'gimmick',
      'stunt',
      'hypocri',
      'disgrace',
      'cynical',
      'smear',
    ],
  ],
  [
    /\b(?:will|would|to|must|should) (?:decide|rule|announce|consult|vote|determine|approve|publish|outline|conclude|consider|name|choose|make a decision|unveil|reveal|report)\b|\b(?:make|made|take|taken|reach|await) (?:a |the |its |their |his |her )?(?:final )?decision\b|\bdecision (?:on|whether|by|is|will|due|expected)\b|\bdeadline\b|\b(?:is|are|was|were) (?:expected|set|due|scheduled|poised|likely) to\b|\bexpectations? (?:of|that) (?:a|an|the|further|more)\b|\bawait(?:ing|s|ed)?\b|\bpending\b|\byet to\b|\bneeds? (?:\w+ )?approval\b|\bwas to\b|\b(?:is|are) to be\b|\b(?:will|would) be (?:set out|published|disclosed|made public)\b/i,
    'pending',
    'schedule',
    1.8,
    [
      'set out',
      'disclosed',
      'made public',
      'decide',
      'rule',
      'announce',
      'consult',
      'vote',
      'determine',
      'approve',
      'publish',
      'outline',
      'conclude',
      'consider',
      'name',
      'choose',
      'decision',
      'unveil',
      'reveal',
      'report',
      'deadline',
      'expected',
      'set to',
      'due to',
      'scheduled',
      'poised',
      'likely',
      'expectation',
      'await',
      'pending',
      'yet to',
      'approval',
      'was to',
      'to be',
    ],
  ],
  [
    /\b(?:will|shall)\b.*\b(?:next|over the|by|on|in|until|before|from) (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d+ (?:days|weeks|months|years)|the next|(?:19|20)\d\d)\b/i,
    'pending',
    'future',
    1.5,
    ['will', 'shall'],
  ],
];

/** Each rule's hints as one literal alternation: one scan of the sentence instead of one per hint. */
const HINT_PATTERNS = CUE_RULES.map(
  ([, , , , hints]) => new RegExp(hints.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')),
);

/** Every cue a sentence carries, strongest first. */
export function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  const lower = text.toLowerCase();
  for (let i = 0; i < CUE_RULES.length; i++) {
    const [pattern, kind, shape, strength] = CUE_RULES[i]!;
    if (HINT_PATTERNS[i]!.test(lower) && pattern.test(text)) cues.push({ kind, shape, strength });
  }
  return cues.sort((a, b) => b.strength - a.strength);
}

/** Quoted words that level a charge at someone: the quote is a disputed claim. */
export const CHARGE_WORDS =
  /\b(?:desperate|recycl\w*|rubbish|nonsense|lies|lying|misleading|scandal\w*|shambles|fiasco|betray\w*|u-turn|gimmick|stunt|hypocri\w*|disgrace\w*|cynical|smear\w*)\b/i;
