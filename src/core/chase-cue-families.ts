import { MONTHS, WEEKDAYS } from './calendar-words';
import { pollQuestion, requestQuestion } from './chase-questions';
import { type CueFamily, family, hintList } from './cue-family';

/**
 * A filing closed in its own sentence ("an appeal in 2019 that was settled the same year") is no pending suit: a
 * settling, dismissing, dropping or deciding verb after the cue, before the sentence or clause ends (review 55).
 */
const NOT_CLOSED = String.raw`(?![^.;!?]*\b(?:settled|dismissed|dropped|withdrawn|rejected|decided|thrown out)\b)`;
/** "Called on Tuesday to say…" is a call made on a day, not a call on someone to act (review 55). */
const NOT_A_DAY = String.raw`(?!(?:${WEEKDAYS}|${MONTHS}|\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS}))\b)`;

// Leads the other slices missed (issue 13, fu54): measured on the PolNeAR train editors' flags, chosen on dev.
export const CHASE_CUE_FAMILIES: CueFamily[] = [
  family({
    shape: 'poll',
    kind: 'unverified',
    strength: 1.5,
    pattern:
      /\bpoll(?:s|ing)? (?:shows?|showed|suggests?|suggested|finds?|found|sees?|saw|puts?|gives?)\b|\bpercent (?:of the )?support\b|\bsupport (?:from|among) (?:\w+ ){0,2}voters\b|\b(?:lead|leads|leading|trail|trails|trailing|ahead|behind|up|down) (?:\w+ ){0,4}in (?:the |recent |national |state |public )?polls\b/i,
    hints: hintList('poll|percent|support'),
    examples: ['A new survey poll shows the mayor ahead by four points.', 'The senator trails badly in the polls.'],
    phrase: pollQuestion,
  }),
  family({
    shape: 'ongoing',
    kind: 'pending',
    strength: 1.5,
    pattern:
      /\b(?:is|are|was|were|been|be) (?:also |still |now |currently )?(?:considering|weighing|exploring|seeking|negotiating|determining|calculating|reviewing|looking into)\b(?=\s+(?!to\b)[\w“"‘])/i,
    hints: hintList(
      'considering|weighing|exploring|seeking|negotiating|determining|calculating|reviewing|looking into',
    ),
    examples: ['The council is still weighing whether to close the pool.'],
    phrase: () => null,
  }),
  family({
    shape: 'lawsuit',
    kind: 'pending',
    strength: 1.5,
    // "will appeal to young families" is to attract; "will appeal to the high court" is still a filing.
    pattern: new RegExp(
      String.raw`(?:\bfiled (?:a |an )?(?:\w+ )?(?:lawsuit|suit|complaint|appeal)\b|\b(?:is|are) suing\b|\blawsuit (?:demands|seeks|asks|calls on|is calling)\b|\basked (?:the )?(?:\w+ )?court\b|\bwill appeal\b(?! to\b(?! (?:the )?(?:\w+ )?(?:court|tribunal|judge))))${NOT_CLOSED}`,
      'i',
    ),
    hints: hintList('filed|suing|lawsuit|court|appeal'),
    examples: [
      'The tenants filed a lawsuit against the landlord in March.',
      'The union has asked the high court to intervene.',
    ],
    phrase: () => null,
  }),
  family({
    shape: 'request',
    kind: 'pending',
    strength: 1.2,
    pattern: new RegExp(
      String.raw`\b(?:call(?:ed|s|ing)? on ${NOT_A_DAY}|urg(?:ed|es|ing) )(?:\S+ ){1,6}?to (?!the\b|an?\b)\w+`,
      'i',
    ),
    hints: hintList('call|urg'),
    examples: ['Residents urged the council to reopen the library.'],
    phrase: requestQuestion,
  }),
];
