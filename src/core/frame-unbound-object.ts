import { unboundObject } from './unbound-object';

/**
 * The frames that put a claim of the copy to no one in particular: nothing in them can be what an object pronoun in
 * the claim stands for. A frame naming a holder ("Is Jo Reid right that …", "Can anyone besides Jo Reid confirm that
 * …", "Which residents say …") may hold it ("…that the council ignored her" is Reid's own complaint), so is not here.
 */
const HOLDERLESS =
  /^(?:Is it true that|Can it be confirmed that|Can a named source confirm that|Can anyone confirm that|Has anyone confirmed the report that|Is there evidence that|Who can say whether)\s+(.+)\?$/;

/**
 * Whether a question asks, in a frame naming no one, a claim whose verb takes "him", "her" or "them" for its object
 * with no antecedent in the claim (unbound-object.ts): "Is it true that officials had warned her about the junction?"
 * names no one "her" could be. The report template checked this alone (audit 52's B-a52-12); every holderless frame
 * asks the copy's clause the same way, so each shows the passage instead.
 */
export function frameUnboundObject(question: string): boolean {
  const claim = HOLDERLESS.exec(question)?.[1];
  return claim !== undefined && unboundObject(claim);
}
