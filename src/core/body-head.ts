import { medicalHead } from './medical-head';
import { THING_HEADS } from './non-person-kind';
import { orgHeadNoun } from './org-head-noun';
import { ORG_HEADS } from './org-heads';

/**
 * Heads of bodies that neither shared list holds ("Network Rail", "the Charlotte Observer"). Kept apart: the shared
 * lists also steer the name finder, whose runs every other score reads.
 */
const MORE_HEADS = new Set(
  'Rail Railway Railways Trains Buses Transport Observer Chronicle Gazette Inquirer Examiner Sentinel Mail'.split(' '),
);

/**
 * "Network Rail", "Grace Church", "Charlotte Observer", "Anglian Water": a last word that heads a body, an
 * organisation's or a thing's, so the run is no person's name without evidence only a person has. WordNet's heads of
 * organisations' names back the hand lists ("Bellport Fire Brigade", "Harlow Marine Patrol"; org-head-noun.ts), and its
 * places of care ("Leeds General Infirmary", "Harlow Community Clinic"; medical-head.ts).
 */
export function bodyHead(word: string): boolean {
  return THING_HEADS.has(word) || ORG_HEADS.has(word) || MORE_HEADS.has(word) || orgHeadNoun(word) || medicalHead(word);
}
