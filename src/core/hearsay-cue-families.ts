import { anonymousSource, UNNAMED_BY_DESIGN } from './anonymous-source';
import { accusation, doubt } from './charge-questions';
import { type CueFamily, family, hintList } from './cue-family';
import { deferredQuestion } from './deferred-question';
import { NAMED_OPEN, namedOpenQuestion } from './named-open-question';
import { PAPER_UNDERSTANDS } from './paper-understands';
import { hedged, report, unclear } from './phrase-question';
import { PSEUDO_CLEFT, pseudoCleftQuestion } from './pseudo-cleft-question';
import { unknownFame } from './unknown-fame';

// Charges, doubts and second-hand claims: the middle slice of the list, whose order breaks ties
// of strength.
export const HEARSAY_CUE_FAMILIES: CueFamily[] = [
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
      /\b(?:it is|it was|it's|it remains|remains) (?:still )?(?:not |un)clear\b|\bit (?:isn't|wasn't) clear\b|\bunclear\b|\bunknowns?\b|(?:\bnot|n't) (?:yet )?known\b(?!\s+(?:as|for)\b)|\bnot (?:[a-z]+ly|yet) (?:clear|known) (?=(?:what|why|whether|how|who|when|where|which|if)\b)|\bremains to be seen\b|\bno (?:details|word|indication)\b|\btoo early to (?:say|tell)\b|\b(?:nobody|no one) knows\b|\b(?:nobody|no one)\b[^.;,]{0,40}?\b(?:can|could) (?:say|tell)\b(?!(?: (?:us|me|them|you|anyone|anybody))? (?:why|how|what|when|where|who)[,.!?]?['"’”])|\b(?:could|can)(?:not|n't| not) (?:yet )?be (?:immediately )?(?:known|learned|determined|established|ascertained)\b(?!\s+(?:that|as|for|by)\b)/i,
    hints: hintList(
      'clear|unknown|not known|not yet known|remains to be seen|no details|no word|no indication|too early to|nobody|no one|be known|be learned|be determined|be established|be ascertained',
    ),
    examples: [
      'It is not clear whether the deal will survive.',
      // The contracted negation is the same cue (audit 57's B-a57-11).
      "It isn't clear whether the pier will reopen.",
      'It was too early to tell whether it was a bomb.',
      'There are still plenty of unknowns about the illness.',
      'Nobody on the island can say how many ferries will run.',
      // What the writer could not find out (audit 58's B-a58-18): one PolNeAR train sentence, flagged.
      'It could not be learned how much the mill had paid for the land.',
    ],
    // "It was not immediately clear what caused the fire", "not yet clear whether …": one -ly or "yet" adverb may
    // stand in "not … clear/known" when a wh-clause says what is unknown (audit 48, B-a48-6); before "that" ("not
    // widely known that …") the clause is asserted, not unknown.
    // "Price was largely unknown in the fishing community" is fame, not an unknown fact: "unknown in/to/among …"
    // said of a name or of people is skipped (unknown-fame.ts); "The cause … is still unknown to the public" and
    // "remains largely unknown" stay open questions. "Nobody can tell us why," closing a quotation is the speaker's
    // complaint, no unknown; in the writer's own voice ("…, but nobody could say when.") it is a real one, elided
    // (review 65's R65-4).
    phrase: unclear,
    unless: unknownFame,
  }),
  // A whether-clause put to someone who defers ("Asked whether …, she said it was too early to …") or fronted and
  // handed to others ("Whether …, he said, was 'a question for …'"): the clause is left open (audit 56's B-a56-18).
  family({
    shape: 'deferred',
    kind: 'unknown',
    strength: 2.5,
    pattern:
      /^(?:When |After )?asked (?:about |on )?(?:whether|if)\b[^.]*?\b(?:too early|premature|a (?:question|matter) for|not for (?:me|him|her|them|us) to)\b|^Whether\b[^.]*?,\s+(?:is|was|remains|would be)\s+\W?(?:a (?:question|matter) for|up to|unclear|uncertain|not (?:yet )?(?:clear|known|decided))\b/i,
    hints: hintList('whether|asked if'),
    examples: [
      'Asked whether the council would pay the fines, the mayor said it was too early to talk about money.',
      "Whether the board would accept a delay, she said, was 'a matter for the ministers.'",
    ],
    phrase: deferredQuestion,
  }),
  // A whether-clause the writer calls open ("The question of whether X remains open", "Whether X is an open
  // question"): the clause is the open question (named-open-question.ts, audit 57's B-a57-12).
  family({
    shape: 'named-open',
    kind: 'unknown',
    strength: 2.5,
    pattern: NAMED_OPEN,
    hints: hintList('whether'),
    examples: [
      'The big question — whether the club can fill a second stadium — remains open.',
      'The question of whether the ferry will keep running is still unresolved.',
      'Whether the mayor will back the treasurer is an open question at city hall.',
    ],
    phrase: namedOpenQuestion,
  }),
  // A pseudo-cleft naming what is not known ("What remains unclear is whether …", "What the study cannot tell us is
  // how …"): its focus is the open question (pseudo-cleft-question.ts, audit 60's B-a60-17). Before the unclear
  // family would be best, but a tie of strength is broken by this list's order, and unclear's template reads "is
  // whether …" as what is unknown: this family is stronger by a hair so its template is the one used.
  family({
    shape: 'pseudo-cleft',
    kind: 'unknown',
    strength: 2.55,
    pattern: PSEUDO_CLEFT,
    hints: hintList('what'),
    examples: [
      'What remains unclear is whether the depot will reopen in spring.',
      'What the inspectors could not tell us is how many of the pumps had failed.',
      'But what nobody knows is who signed the order.',
    ],
    phrase: pseudoCleftQuestion,
  }),
  // A source unnamed by design is named so by the writer's formula as well as by its noun: "sources close to her
  // campaign" (a body of more than one word), "people familiar with …", or the anonymity it was granted
  // (anonymous-source.ts).
  // A paper's own formula for its unnamed source (Irish and British house style, sample 61's S61-5): "The Westport
  // Herald understands that …", "this newspaper has learned that …". The subject is a paper (a masthead's last word,
  // or the paper itself), so "the minister understands that voters are angry" is no sourcing.
  family({
    shape: 'vague-source',
    kind: 'unverified',
    strength: 2.2,
    pattern: new RegExp(
      String.raw`\b(?:sources?|officials?|insiders?|analysts|critics|experts|observers|commentators|some|people familiar|advisers|aides|advocates|activists|supporters|opponents|allies) (?:(?:close )?to (?:the |Mr\. |Mrs\. |Ms\. )?\S+ )?(?:said|say|says|claim|claimed|believe|believed|told|suggest|suggested|warn|warned|expect|expected|speculate|speculated|argue|argued|have linked)\b|\bsources (?:who|familiar|with knowledge|close to)\b[^.;]{0,60}\b(?:said|say|says|told)\b|${UNNAMED_BY_DESIGN.source}|\baccording to (?:media |press |news |unconfirmed )?reports\b|\bit is (?:understood|thought|believed)\b|${PAPER_UNDERSTANDS.source}|\b(?:is|are|was|were) (?:said|understood|believed|thought|rumou?red) to\b`,
      'i',
    ),
    hints: hintList(
      'source|official|insider|analysts|critics|experts|observers|commentators|some|people|person|anonym|authori|advisers|aides|advocates|activists|supporters|opponents|allies|according to|understood|understands|learned|learnt|thought|believed| said to|rumo',
    ),
    examples: [
      'Sources close to the minister said he would resign.',
      'It is thought that the talks will resume.',
      'Advisers to Mr. Obama say the president has grown exasperated.',
      'The rules did not require witnesses to cooperate, sources who reviewed them told Politico.',
      'It is a system which advocates say disadvantages needy schools.',
      'The mayor will step down in June, people familiar with her plans said.',
      'The plant will close, an engineer said on condition of anonymity.',
    ],
    phrase: anonymousSource,
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
    // An accusation or a suggestion is a claim to check only with its content, as a claim is: "accusations that/of/
    // against …", past an aside or its maker ("the accusations, as she called them, that …", "accusations by the firm
    // that …", "her suggestion was that …"). Bare, "traded accusations over the delays" and "Republican suggestions"
    // name an exchange or a proposal, which the train editors flagged once in five (fu55). A past verb and a short
    // adjunct may come between ("accusations surfaced on Monday that …"), news's commonest way to bring them in.
    pattern:
      /\bclaims? (?:that|of)\b|\ballegations?\b|\b(?:accusations?|suggestions?)(?=(?:, [^,]{1,40},| (?:by|from|at) [^,.;]{1,60}?| (?:is|was|are|were))? (?:that|of|against)\b| [a-z]+ed(?: [^,.;]{1,30}?)? that\b)/i,
    hints: hintList('claim|allegation|accusation|suggestion'),
    examples: ['The allegations surfaced last week.'],
    phrase: hedged,
    // A claim its maker withdrew is gated per match (withdrawn-claim.ts), so a live one beside it still counts.
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
];
