/**
 * Splices hand-read samples 7 and 8 found (docs/hand-read-questions.md): a frame's slot filled with
 * words that cannot stand there. Each is named by its construction, not by the sentence it was found
 * in. Part of the vetting (vet-question.ts); a question failing any of these is shown as its flagged
 * passage instead.
 */

/** The opening of an auxiliary-first question, up to its subject slot. */
const AUX = String.raw`^(?:(?:Why|How|When|What)\s+)?(?:[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Dd]oes|[Dd]id|[Dd]o|[Ss]hould|[Ii]s|[Aa]re|[Hh]as|[Hh]ave)\s+`;

/** Verbs a reported clause follows: "Why did the mayor say she won't run again?" is sound. */
const REPORTING =
  'say|says|said|admit|admits|think|thinks|believe|believes|know|knows|insist|insists|claim|claims|deny|denies|agree|agrees|concede|concedes|argue|argues|expect|expects|hope|hopes|fear|fears|warn|warns';

/**
 * "Why did Trump so far hasn't attack…": a negated auxiliary of the copy left in the subject slot
 * after the frame's own auxiliary, its participle turned into a base form. A relative clause may hold
 * one ("Will voters who haven't decided…"), and so may a reported clause ("Will the senator admit he
 * didn't know?"), so the slot ends at a relative pronoun or a reporting verb.
 */
const NEGATED_AUX_IN_SLOT = new RegExp(
  `${AUX}(?:(?!(?:that|who|whom|which|whose|whether|if|when|where|${REPORTING})\\b)[^\\s,?]+\\s+){1,5}?(?:[a-z]+n['’]t|cannot)\\b`,
);

/** A do-support or modal opener: after "What is" a preposition is sound ("What is behind the decision…"). */
const DO_OR_MODAL = String.raw`^(?:(?:Why|How|When|What)\s+)?(?:[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Dd]oes|[Dd]id|[Dd]o|[Ss]hould)\s+`;

/**
 * "Why did throughout the summer and fall criticize…": a preposition or a sentence adverb where the
 * subject belongs (the subject, after the copy's comma, was lost). Prepositions that measure a figure
 * ("over 100 people", "about half") can head a subject and are not listed.
 */
const NO_SUBJECT_AFTER_AUX = new RegExp(
  `${DO_OR_MODAL}(?:throughout|through|across|within|until|till|toward|towards|against|into|onto|upon|without|beyond|behind|beneath|between|via|following|regarding|concerning|meanwhile|however|moreover|nevertheless|nonetheless|thus|hence|instead|again|already|then|now|once|later|earlier|recently|finally|ultimately|eventually|otherwise|therefore)\\b`,
);

/**
 * "Will hey, all things being equal, Rubio had better…", "Will tuesday, in her last campaign speech,
 * Clinton call…": an interjection, a sentence adverb or a time word with its comma where the subject
 * belongs. A noun may take an aside ("Will police, as promised, …"): only
 * these closed classes and -ly adverbs are read. A weekday keeps its capital now that the lexicon names it
 * ("Will Tuesday, …"), so either case is read.
 */
const WORD_AND_COMMA_AFTER_AUX = new RegExp(
  `${AUX}(?:hey|oh|ah|well|yes|no|look|listen|so|ok|okay|sure|anyway|besides|further|furthermore|plus|first|second|overall|alas|please|indeed|still|yet|also|today|tonight|tomorrow|yesterday|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|[a-z]{3,}ly),`,
);

/** Words that open a subordinate clause: a subject or a claim made only of one has lost its main clause. */
const SUBORDINATOR = 'as|while|because|although|though|whereas|since|unless|if|when|after|before|once|until';

/**
 * "What will the investigations into inflammatory comments as judges dole out fines find…": the
 * subject of "find" must be a noun phrase, with no subordinate clause inside. "As" opens one only before
 * a plural subject and its verb ("as judges dole out"), not a role ("as secretary of state").
 */
const CLAUSE_IN_FIND_SUBJECT = new RegExp(
  `^What will [^?]*?\\s(?:(?:${SUBORDINATOR.replace('as|', '')})\\s+\\S|as\\s+(?:the\\s+)?[a-z]+s\\s+(?!(?:of|in|on|for|to|and|or)\\b)[a-z])[^?]*\\sfind, and when\\?$`,
);

/**
 * "Which experts say unless countries develop more ambitious plans, and can they be named?": the claim is
 * a subordinate clause alone (the copy's main clause came after a mid-sentence "the experts say").
 */
const SUBORDINATE_CLAIM = new RegExp(
  `^Which\\s[^?]*?\\b(?:say|says|believe|think|claim|suggest|warn|expect)\\s+(?:${SUBORDINATOR})\\s[^,?]*,\\s+and can they be named\\?$`,
);

/**
 * "…confirm that a top Clinton aide, sent the employee an email…": the subject of the reported clause
 * is a bare description with its verb after a comma — the name it described was lifted out of the
 * clause (as the source). A noun phrase and its verb are never parted by a single comma.
 */
const SUBJECT_COMMA_VERB =
  /\bthat\s+(?:a|an|the)\s+[^,?]{1,60},\s+(?:[a-z]{3,}ed|sent|told|made|took|gave|said|wrote|met|paid|sold|kept|held)\s+(?!(?:by|in|on|at|for|from|with|to|as|after|before|during|under|over|into|last|this|since|and|or)\b)/;

/**
 * "…on track to meet those targets, and Brian Deese, the White House climate change adviser?": a second
 * clause cut after its subject, a name and its apposition, before the verb.
 */
const COORDINATED_SUBJECT_LEFT =
  /,\s+and\s+(?:\p{Lu}[\p{L}\w'’.-]*\s+){0,3}\p{Lu}[\p{L}\w'’.-]*,\s+(?:the|a|an)\s[^,?]*\?/u;

/**
 * "Who can say espionage software?", "Who can say potency?", "Who can say as to who would win…": what
 * nobody knows is a question or a that-clause ("whether…", "how…", "that…"), never a bare noun phrase.
 */
const PHRASE_AFTER_WHO_CAN_SAY =
  /^Who can say (?!(?:(?:just|exactly|precisely)\s+)?(?:whether|if|what|when|why|how|who|whom|which|where|that)\b)/;

/**
 * "…confirm that nor are those tasked with watching the delegates seeing any defections?": a clause
 * opening on an inverted negative connective ("Nor are…", "Nor has…", "Neither do…") stands only as a
 * sentence of its own, after the one it negates; wrapped after "that" or a frame's auxiliary it cannot be
 * read. "Nor" never opens a subject; "neither" does ("that neither is ready"), so only its do-support counts.
 */
const INVERTED_NEGATIVE = new RegExp(
  String.raw`(?:\b(?:that|whether|if)\s+|${AUX})(?:nor\s+(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|should|must|may|might)|neither\s+(?:do|does|did))\b`,
);

/** Whether `question` holds one of these splices. */
export function clauseSlotSplice(question: string): boolean {
  return (
    NEGATED_AUX_IN_SLOT.test(question) ||
    NO_SUBJECT_AFTER_AUX.test(question) ||
    WORD_AND_COMMA_AFTER_AUX.test(question) ||
    CLAUSE_IN_FIND_SUBJECT.test(question) ||
    SUBORDINATE_CLAIM.test(question) ||
    SUBJECT_COMMA_VERB.test(question) ||
    COORDINATED_SUBJECT_LEFT.test(question) ||
    PHRASE_AFTER_WHO_CAN_SAY.test(question) ||
    INVERTED_NEGATIVE.test(question)
  );
}
