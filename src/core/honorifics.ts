/** Honorifics and the gender they imply: a title before a capitalised run marks a person. */

import { TITLE_ABBREVIATIONS } from './title-abbreviations';

export type Gender = 'male' | 'female';

/** Honorifics before a person's name; the gender they imply, if any. */
export const HONORIFICS = new Map<string, Gender | null>([
  ['Mr', 'male'],
  ['Mr.', 'male'],
  ['Mrs', 'female'],
  ['Mrs.', 'female'],
  ['Ms', 'female'],
  ['Ms.', 'female'],
  ['Miss', 'female'],
  ['Sir', 'male'],
  ['Dame', 'female'],
  ['Lady', 'female'],
  ['Lord', 'male'],
  ['Baroness', 'female'],
  ['Baron', 'male'],
  ['Dr', null],
  ['Dr.', null],
  ['Prof', null],
  ['Prof.', null],
  ['Professor', null],
  ['Rev', null],
  ['Rev.', null],
  ['Rt', null],
  ['Sen.', null],
  ['Rep.', null],
  ['Gov.', null],
  ['Del.', null],
  ['Sens.', null],
  ['Reps.', null],
  ['Atty.', null],
  ['Maj.', null],
  ['Cmdr.', null],
  ['Adm.', null],
  ['Gen.', null],
  ['Lt.', null],
  ['Col.', null],
  ['Capt.', null],
  ['Sgt.', null],
  ['Fr', 'male'],
  ['Father', 'male'],
  ['Sister', 'female'],
  ['King', 'male'],
  ['Queen', 'female'],
  ['Prince', 'male'],
  ['Princess', 'female'],
  ['Pope', 'male'],
  ['Sheikh', 'male'],
  ['Rabbi', null],
  ['Imam', 'male'],
  ['Cardinal', 'male'],
  ['Bishop', null],
  ['Archbishop', null],
  ['Judge', null],
  ['Justice', null],
  // Indian English: "Shri Harish Pandey", "Shrimati/Smt. Lata Joshi". Not "Kumari", as often a surname ("Priya
  // Kumari") as a title, nor "Sri", which opens "Sri Lanka".
  ['Shri', 'male'],
  ['Shrimati', 'female'],
  ['Smt', 'female'],
  ['Smt.', 'female'],
  // Nigerian and South African styles, written without a stop too: "Engr Kunle Bello", "Alhaji Musa Bello".
  ['Engr', null],
  ['Adv', null],
  ['Pst', null],
  ['Alh', 'male'],
  ['Alhaji', 'male'],
  // Zimbabwean and South African party style, "Cde Tendai Moyo" (comrade): a form of address, no word of the name.
  ['Cde', null],
  // Singapore and Malaysian English (the Straits Times, the Star): "Madam Siti Rahman", "Mdm Tan Ah Lian"; the stop
  // form "Mdm." comes from title-abbreviations.ts (audit 52, B-a52-1).
  ['Madam', 'female'],
  ['Mdm', 'female'],
  // East African and Thai styles: the Swahili "Mheshimiwa" (Honourable) before an official's name, the Thai "Khun"
  // before anyone's given name (audit 59, B-a59-19, B-a59-21).
  ['Mheshimiwa', null],
  ['Khun', null],
  // Ethiopian English (Addis Standard, the Reporter): the Amharic "Ato" (Mr) and "Weyzero" (Mrs, written "W/ro" or
  // "Wzro"), "Weyzerit" (Miss, "W/rt"), before a given name and a father's name (audit 63, B-a63-10).
  ['Ato', 'male'],
  ['W/ro', 'female'],
  ['Wzro', 'female'],
  ['Wzro.', 'female'],
  ['Weyzero', 'female'],
  ['W/rt', 'female'],
  ['Weyzerit', 'female'],
]);

// Every title written with a stop (title-abbreviations.ts, the splitter's list) opens a name: "Engr. Ade Cole",
// "Supt. Ann Lee". "Messrs." is the style of a firm's name ("Messrs Kolade & Sons"), not a person's.
for (const title of TITLE_ABBREVIATIONS)
  if (title !== 'Messrs' && !HONORIFICS.has(`${title}.`)) HONORIFICS.set(`${title}.`, HONORIFICS.get(title) ?? null);

/**
 * British, Commonwealth and Thai copy write the forces' and police ranks without a stop ("Maj Gen Ann Bell", "Lt Col
 * Tom Reid", "Det Supt Jo Roe"): before a name each is a rank, no name word (audit 59, B-a59-1, where "Pol Maj Gen
 * Somsak Inthawong" was five name-like words, read as a title and no one). Not "Gen", a given name too ("Gen
 * Nakatani") and "Gen Z": it is a rank beside another (rank-chain.ts). Not "Sen", "Rep", "Gov", "Del", "Dep" or
 * "Det", surnames and given names as often ("Amartya Sen", "Del Potro").
 */
export const STOPLESS_RANKS = new Set([
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Sgt',
  'Cpl',
  'Brig',
  'Cmdr',
  'Adm',
  'Supt',
  'Insp',
  'Pvt',
]);
for (const rank of STOPLESS_RANKS) HONORIFICS.set(rank, null);
