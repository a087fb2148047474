import { gateWindow } from './gate-window';

/**
 * "A CBS poll showed things a little differently", "the new survey found much the same": a poll whose object is an
 * indefinite ("things", "something", "much") or only a comparison with another poll ("the same", "a similar
 * picture", "different results") reports no finding of its own, so there is nothing to check against other polls;
 * its figures, when the copy gives them, stand in the sentences after (sample 53's #9). A poll that shows a
 * finding ("showed the mayor ahead", "found that most voters …") is read as before.
 */
export function findinglessPoll(text: string, index: number, match: string): boolean {
  return (
    /\b(?:shows?|showed|suggests?|suggested|finds?|found)$/i.test(match) &&
    NO_FINDING.test(gateWindow.after(text, index, match, 60))
  );
}

/** An indefinite object, or a comparison with no finding, up to the clause's end. */
const NO_FINDING =
  /^\s+(?:much\s+)?(?:things|something|anything|nothing|much|little|otherwise|the\s+same|(?:a\s+)?(?:similar|different|mixed|contrasting)\s+(?:picture|story|pattern|trend|results?|findings?))(?:\s+(?:a\s+little|a\s+bit|somewhat|slightly|very|quite|much))?(?:\s+(?:differently|otherwise|similarly|different|similar))?\s*(?:[.,;:!?)]|$)/i;
