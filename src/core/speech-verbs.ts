import { SPEECH_VERB_STEMS } from './speech-verb-stems';
import { TAG_ONLY_VERBS } from './tag-only-verbs';

/** Every verb that introduces speech, in any tense. */
export const SPEECH_VERBS = new Set(SPEECH_VERB_STEMS);

/** Verbs that frame a quote as the speaker's words ("X said:", "said X"). */
export const QUOTE_VERBS = new Set([
  ...SPEECH_VERB_STEMS.filter(
    (v) =>
      !/^(believ|think|thought|feel|felt|hope|attack|describ|dismiss|critici|accus|blam|prais|welcom|call|brand|label|report|indicat|disclos|testif)/.test(
        v,
      ),
  ),
  ...TAG_ONLY_VERBS,
]);

/** Verbs that report speech indirectly ("Spicer said the White House is not concerned"). */
export const REPORTING_VERBS = new Set(
  SPEECH_VERB_STEMS.filter(
    (v) =>
      !/^(ask|continu|conclud|joke|quip|shout|exclaim|sigh|laugh|mus|beg|tweet|post|attack|describ|dismiss|prais|welcom|call|brand|label|speak|writ|wrote|recount|testif)/.test(
        v,
      ),
  ),
);
