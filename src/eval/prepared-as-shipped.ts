import type { Analysis } from '../core/analysis-types';
import { claimSpan } from '../core/claim-span';
import type { SelectableQuestions } from '../core/find-open-questions';
import { prepareQuestions } from '../core/prepare-questions';
import { reportedClaims } from '../core/reported-claims';
import { sameClaim } from '../core/same-claim';

/**
 * An article's question candidates as findOpenQuestions reads them: the reported claims, claim spans and same-claim
 * groups too, so every tool and test that chooses questions measures the engine as shipped (review 53, B-r53-10: the
 * test stories rebuilt this, or read prepareQuestions alone).
 */
export function preparedAsShipped(analysis: Analysis): SelectableQuestions {
  return {
    ...prepareQuestions(analysis),
    reported: reportedClaims(analysis),
    span: claimSpan(analysis),
    same: sameClaim(analysis.sentences),
  };
}
