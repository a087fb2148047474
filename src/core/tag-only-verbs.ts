/**
 * Manner-of-speaking verbs that attribute only right next to a quotation (`"...," Trump barked`):
 * too rare or too figurative to mark reported speech ("the editor underlined the error").
 */
export const TAG_ONLY_VERBS = [
  'gushed',
  'gushes',
  'interjected',
  'interjects',
  'underlined',
  'barked',
  'scoffed',
  'lamented',
  'laments',
  'marveled',
  'marvelled',
  'griped',
  'yelled',
  'thundered',
  'chided',
  'sneered',
  'deadpanned',
];
