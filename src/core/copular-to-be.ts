import { gateWindow } from './gate-window';
import type { KindGate } from './kind-gates';
import { pastParticiple } from './past-participle';

/**
 * Pending needs an event set for later, and "is to be" sets one only as a passive infinitive: "the vote is to be
 * held in May", "the pier is to be turned into flats"; "there is to be an inquiry" (existential) too. Followed by an
 * adjective or a phrase it is a copula of identity or purpose: "What we owe them is to be honest with them", "to be
 * religious is to be in sync with its norms", "what he has tried to do is to be as evenhanded as he can be" define
 * something, with nothing scheduled (issue 13, session 46, kind62: four such passages on the corpora were shown as
 * pending).
 */
export const COPULAR_TO_BE: KindGate = {
  name: 'copular-to-be',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'schedule' || !/^(?:is|are) to be$/i.test(match)) return false;
    if (/\bthere\s+$/i.test(gateWindow.before(text, index, 10))) return false;
    // An adverb before the participle is read past: "is to be formally presented with the award".
    const next = /^\s+(?:[a-z]+ly\s+)?([a-z][\w-]*)/i.exec(gateWindow.after(text, index, match, 40))?.[1];
    // A past participle: a regular one ("held", "turned") or a form the repo's WordNet lexicon lists (past-participle.ts:
    // "torn", "chosen", "shown", "rebuilt"; review 47, B-r47-7). A spelling rule ("-en", "-wn", "-ne") took adjectives
    // for participles too: "Their aim is to be open by summer", "to be online by June" (audit 48, B-a48-14).
    return next !== undefined && !pastParticiple(next);
  },
};
