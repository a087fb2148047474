/**
 * Words that follow a person's name in mid-sentence and are no noun the name could modify: "Johnson disagreed with
 * Magic Johnson on trade", "Rush Limbaugh also said". Read by the glued-word check and the speaker-noun modifier.
 */
export const NOT_A_NOUN =
  /^(?:about|after|again|against|also|already|among|and|around|as|at|before|but|by|during|even|ever|for|from|however|in|into|is|just|later|like|may|never|not|now|of|off|on|once|or|out|over|since|so|still|than|that|then|through|to|too|under|until|up|when|where|whether|which|while|who|whom|whose|with|within|without|yet)$/;
