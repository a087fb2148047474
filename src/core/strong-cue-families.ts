import { decisionQuestion, unverifiedQuestion } from './check-questions';
import { conflict } from './conflict-question';
import { type CueFamily, family, hintList } from './cue-family';
import { denial } from './denial-question';
import { noEvidence } from './no-evidence';
import { pairBackReference, pairDecision, pairInquiry, pairPronoun, pairReport } from './question-pairs';
import { NO_RESPONSE } from './refusal-cues';
import { unknownAndRefusal } from './unknown-and-refusal';

// Contradictions, missing evidence, denials and refusals: the first slice of the list, so they
// win ties of strength with later families.
export const STRONG_CUE_FAMILIES: CueFamily[] = [
  family({
    shape: 'conflict',
    kind: 'disputed',
    strength: 3,
    pattern:
      /\b(?:reads?|is|was|are|were) (?:very |quite )?different(?:ly)? from\b|\bcontradict|\bat odds with\b|\bdiffers? from\b|\bconflicting (?:accounts|reports|claims)\b|\bdisput(?:es?|ed) (?:the|this|that)\b/i,
    hints: hintList('differ|contradict|at odds|conflicting|dispute'),
    examples: ['The letter reads different from the media reports.', 'The figures contradict the minister.'],
    phrase: conflict,
    pair: pairReport(4),
  }),
  family({
    shape: 'no-evidence',
    kind: 'unverified',
    strength: 3,
    // "…was not completely unfounded", "not unfounded": a negated "unfounded" grants a claim some ground.
    pattern:
      /\bno evidence\b|\bwithout (?:any )?evidence\b|(?<!(?:\bnot|n['’]t|\bnever)\s+(?:(?!only\b)\w+\s+)?)\b(?:unsubstantiated|unfounded)\b|\bno proof\b/i,
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
      // "any application will be denied", "the request was denied": a passive with no one denying is no denial.
      // A denial answers a claim: a that-clause, a gerund, the charge named, a pronoun for it, or nothing more
      // ("…, which he denied."). "Deny" with anything else withholds ("denying marriage licenses", "denied him
      // the nomination", "denied bail"), and "there's no denying" asserts. A word in -ing is read as a gerund
      // ("denied breaking the rules"), so "denying building permits" still reads as a denial.
      // "No wrongdoing" is a denial when someone says it of themselves; what an inquiry "found" or
      // "concluded" is its finding, and no one there denies anything.
      /(?<!\b(?:be|been|being|was|were|is|are|get|got)\s+(?:\w+ly\s+)?|\bno\s+)\b(?:denied|denies|deny|denying)\b(?=(?:\s+\w+ly)?(?:\s*(?:[,.;:!?)\u2014\u2013"'\u201d\u2019-]|$)|\s+(?:that|it|this|these|those|he|she|they|we|i|and|but|as|in|on|to|through|via|any|all|no|ever|having|\w+ing|(?:the|its|his|her|their|such|these|those|a|an)\s+(?:\w+\s+)?(?:accusations?|allegations?|claims?|charges?|reports?|story|stories|rumou?rs?|suggestions?|assertions?|account)|accusations?|allegations?|claims?|charges?|reports?|rumou?rs?|suggestions?|wrongdoing|involvement|knowledge|responsibility|guilt|culpability)\b))|\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?denied by\b|\bconceded no\b|\badmitted no\b|(?<!\b(?:found|finds?|concluded|concludes|determined|uncovered)\s+(?:that\s+)?(?:there\s+(?:was|were|is|had been|has been)\s+)?)\bno wrongdoing\b|\brejected (?:the )?(?:claims?|allegations?|suggestions?|reports?|accusations?)\b/i,
    hints: hintList('den|conceded no|admitted no|wrongdoing|rejected'),
    examples: [
      'Flynn denied misleading the administration.',
      'The firm rejected the allegations.',
      'The claims were denied by the council.',
    ],
    phrase: denial,
    pair: pairReport(1),
  }),
  family({
    shape: 'refusal',
    kind: 'unknown',
    strength: 2.5,
    // The no-response forms are the thread answers' (refusal-cues.ts); "did not respond" with no request after it
    // stays a cue here, as before.
    pattern: new RegExp(
      [
        /\b(?:refused|declined|would not|wouldn't|did not|didn't|could not|couldn't|would neither) (?:to )?(?:say|comment|confirm|reveal|discuss|disclose|elaborate|specify|explain|supply|provide|answer|give details|give (?:an? |any )?(?:estimate|figure|date|timetable|breakdown|number|total)|give (?:an? |any )?(?:straight|direct|clear) (?:answer|reply))\b|\b(?:has|have|had) not (?:yet )?(?:said|indicated(?= (?:whether|if|when|how|what|who|which|where|why)\b))\b|\b(?:hasn't|haven't|hadn't) (?:yet )?(?:said|indicated(?= (?:whether|if|when|how|what|who|which|where|why)\b))\b|\bnot going to go into\b|\b(?:had|has|have) not (?:yet )?(?:published|disclosed|released|revealed|explained|set out)\b|\bfailed to (?:publish|disclose|release|reveal|explain|set out)\b|\bnot (?:rule|ruling) (?:\w+ )?out\b|\bno comment\b/
          .source,
        // Before the shared forms, so the match stays "did not respond" (no-comment-line.ts reads the match).
        String.raw`\b(?:did not|didn't) (?:immediately )?(?:respond|return)\b`,
        String.raw`\b(?:${NO_RESPONSE})\b`,
      ].join('|'),
      'i',
    ),
    hints: hintList("refused|declined|not |n't|no comment|neither|failed to|none of"),
    examples: [
      'She declined to give an estimate.',
      'The campaign did not immediately respond to requests for comment.',
      'Trump did not unveil plans, and has not explained how he would pay.',
      'Kadzik wouldn’t say.',
      // An evasive reply paraphrased (audit 57's B-a57-13): the same refusal as "did not answer directly".
      "Asked whether he would cut the fee, Ortiz didn't give a straight answer.",
      'Lawmakers have not said when they would take up the bill.',
      // "indicated whether/when …" is "said" without words (audit 55's B-a55-16); "indicated any interest" is not.
      'The minister has not indicated whether the vote will be delayed.',
      // Recall on the train labels' no-comment lines (fu32, session 30): the contracted, perfect and "none of" forms.
      'The campaign didn’t immediately return a request seeking comment.',
      'The White House has not responded to a request for comment.',
      'Aides haven’t responded to questions about the trip.',
      'None of the Murdochs would comment.',
    ],
    phrase: unknownAndRefusal,
    pair: pairPronoun,
  }),
];
