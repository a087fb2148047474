/** Verbs that introduce speech, in every tense news copy uses. */
const VERB_STEMS = [
  'say', 'said', 'says', 'tell', 'told', 'tells', 'state', 'stated', 'states', 'add', 'added',
  'adds', 'respond', 'responded', 'responds', 'reply', 'replied', 'replies', 'warn', 'warned',
  'warns', 'explain', 'explained', 'explains', 'insist', 'insisted', 'insists', 'argue', 'argued',
  'argues', 'claim', 'claimed', 'claims', 'note', 'noted', 'notes', 'observe', 'observed',
  'comment', 'commented', 'comments', 'remark', 'remarked', 'declare', 'declared', 'declares',
  'announce', 'announced', 'announces', 'write', 'wrote', 'writes', 'ask', 'asked', 'asks',
  'continue', 'continued', 'continues', 'conclude', 'concluded', 'concludes', 'concede',
  'conceded', 'concedes', 'admit', 'admitted', 'admits', 'acknowledge', 'acknowledged',
  'stress', 'stressed', 'stresses', 'emphasise', 'emphasised', 'emphasize', 'emphasized',
  'suggest', 'suggested', 'suggests', 'urge', 'urged', 'urges', 'predict', 'predicted',
  'recall', 'recalled', 'recalls', 'reveal', 'revealed', 'confirm', 'confirmed', 'confirms',
  'deny', 'denied', 'denies', 'agree', 'agreed', 'agrees', 'counter', 'countered', 'maintain',
  'maintained', 'maintains', 'joke', 'joked', 'jokes', 'quip', 'quipped', 'complain',
  'complained', 'complains', 'boast', 'boasted', 'caution', 'cautioned', 'tweet', 'tweeted',
  'tweets', 'post', 'posted', 'reckon', 'reckoned', 'reckons', 'shout', 'shouted', 'exclaim',
  'exclaimed', 'demand', 'demanded', 'promise', 'promised', 'promises', 'assert', 'asserted',
  'contend', 'contended', 'allege', 'alleged', 'alleges', 'recount', 'recounted', 'mused',
  'muse', 'sighed', 'laughed', 'begged', 'pleaded', 'vowed', 'vow', 'vows', 'predicts',
  'believes', 'believe', 'believed', 'thinks', 'think', 'thought', 'feels', 'felt', 'hopes',
  'hoped', 'told', 'report', 'reported', 'reports', 'disclose', 'disclosed', 'indicate',
  'indicated', 'indicates', 'announce', 'attack', 'attacked', 'describe', 'described',
  'describes', 'dismiss', 'dismissed', 'criticise', 'criticised', 'criticize', 'criticized',
  'accuse', 'accused', 'accuses', 'blame', 'blamed', 'praise', 'praised', 'welcome', 'welcomed',
  'call', 'called', 'calls', 'brand', 'branded', 'label', 'labelled', 'labeled', 'testify',
  'testified', 'telling', 'saying', 'adding', 'explaining', 'warning', 'insisting', 'arguing',
  'writing', 'asking', 'stating', 'noting', 'claiming', 'speaking', 'confess', 'confessed',
  'confesses', 'admits', 'insists', 'explains', 'recalls', 'reveals', 'remarks', 'observes',
  'replies', 'retorted', 'retort', 'snapped', 'whispered', 'cried', 'answered', 'answer', 'answers',
  'responds', 'stresses', 'suggests', 'wrote', 'quipped', 'announces', 'concedes', 'counters',
  'continues', 'ponders', 'pondered', 'agreed', 'reflected', 'reflects', 'declares', 'proclaimed',
];

export const SPEECH_VERBS = new Set(VERB_STEMS);

/** Verbs that frame a quote as the speaker's words ("X said:", "said X"). */
export const QUOTE_VERBS = new Set(
  VERB_STEMS.filter(
    (v) =>
      !/^(believ|think|thought|feel|felt|hope|attack|describ|dismiss|critici|accus|blam|prais|welcom|call|brand|label|report|indicat|disclos|testif)/.test(
        v,
      ),
  ),
);

/** Verbs that report speech indirectly ("Spicer said the White House is not concerned"). */
export const REPORTING_VERBS = new Set(
  VERB_STEMS.filter(
    (v) =>
      !/^(ask|continu|conclud|joke|quip|shout|exclaim|sigh|laugh|mus|beg|tweet|post|attack|describ|dismiss|prais|welcom|call|brand|label|speak|writ|wrote|recount|testif)/.test(
        v,
      ),
  ),
);

/** Is the word (lower-cased) a speech verb of the given set? */
export function isSpeechVerb(word: string, set: Set<string> = QUOTE_VERBS): boolean {
  return set.has(word.toLowerCase());
}
