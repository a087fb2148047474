/**
 * Titles written with a stop before a name ("Dr. Lena Ortiz", "Sen. Cruz", "Engr. Kunle Adesola"): the one list the
 * sentence splitter (the stop ends no sentence), the tag readers' dot mask (abbreviation-dots.ts) and the honorific
 * reader (honorifics.ts) all read, so a title cannot end a sentence for one and open a name for another (audit 51,
 * B-a51-2). The Commonwealth and West/Southern African styles in wide press use are in it: Engr (engineer), Barr
 * (barrister), Adv (advocate), Arc (architect), Pst (pastor), Alh (alhaji), Cllr (councillor). The
 * splitter also reads a rank's plural ("Sens. Cruz and Rubio", "Engrs. Bello and Musa"). The US military ranks the AP
 * stylebook abbreviates before a name (Brig, Cpl, Pvt, Pfc, Spc) and the police ranks US police releases and local
 * news copy write the same way (Ofc officer, Dep deputy, Tpr trooper) complete the class (audit 52, B-a52-3:
 * "Dep. Carla Mendez" ended a sentence and moved her quote to the officer before). "Mdm" is Singapore and Malaysian
 * English's "Madam" (honorifics.ts).
 */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Messrs',
  'Hon',
  'Dr',
  'Prof',
  'Sen',
  'Rep',
  'Gov',
  'Del',
  'Pres',
  'Sec',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Cmdr',
  'Sgt',
  'Adm',
  'Rev',
  'Supt',
  'Insp',
  'Det',
  'Amb',
  'Atty',
  'Engr',
  'Barr',
  'Adv',
  'Arc',
  'Pst',
  'Alh',
  'Cllr',
  'Brig',
  'Cpl',
  'Pvt',
  'Pfc',
  'Spc',
  'Ofc',
  'Dep',
  'Tpr',
  'Mdm',
];
