/*
 * Its own module, not tokenize-words', so the store's search and `brief`'s vague-query check read the
 * list without loading the answer lexicon and stemmer that tokenizing needs (a cold start's parse).
 */

/** Function words that carry no topic; kept small so question focus words survive. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto over under about as than then ' +
    'is are was were be been being am do does did doing done have has had having will would shall should can ' +
    'could may might must ought i me my mine we us our ours you your yours he him his she her hers it its they ' +
    'them their theirs this that these those there here what which who whom whose when where why how ' +
    'not no yes if also just only very too up down out off again further once all any both each few more most ' +
    'other some such own same already still s t said says say told tell mr mrs ms dr sir st actually really get got getting ' +
    'per via i.e e.g one'
  ).split(' '),
);
