/**
 * The adjuncts that may close a sentence after an attribution tag, as a regular-expression source: a run of
 * prepositional phrases and time words, in any order, commas between them or not, up to the sentence's end ("to
 * parents on Monday", "in a letter", "at a meeting of the board, on Friday", "yesterday"). Each phrase is a
 * preposition and the words of its noun phrase; a word that opens a clause (a relative, a subordinator, an auxiliary)
 * belongs to no noun phrase, so a clause after the tag ("…, though not before June", "…, as the bell rang") is no
 * adjunct. A preposition ends the noun phrase before it, so a run reads one way only and the pattern stays linear
 * (review s45 B-r45-5: a list of the tested cases, "on Day" or "to reporters", left the rest half cut).
 */

const PREPOSITION = '(?:to|in|at|on|during|before|after|from|via|through|over|by|with|for|of|outside|inside)';
const CLAUSE_WORD =
  '(?:which|who|whom|whose|that|where|when|while|whereas|but|though|although|because|if|as|unless|until|so|yet|not|is|are|was|were|has|have|had|will|would|can|could|must|may|might|should|shall|did|does|do)';
/** A word of a phrase's noun phrase: no preposition (the next phrase opens there), no clause word, no comma. */
const NOUN_WORD = String.raw`(?!(?:${PREPOSITION}|${CLAUSE_WORD})\b)[^\s,;:"“”]+`;
const TIME = String.raw`(?:yesterday|today|tonight|earlier|later|(?:last|this|next)\s+(?:week|month|year|night|morning|afternoon|evening|weekend))`;
const ADJUNCT = String.raw`(?:${PREPOSITION}(?:\s+${NOUN_WORD}){1,6}|${TIME})`;

export const TRAILING_ADJUNCTS = String.raw`(?:,?\s+${ADJUNCT})*`;
