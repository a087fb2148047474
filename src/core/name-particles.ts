/**
 * Name particles: "Nick Van den Brul", "Ursula von der Leyen"; the Malay patronymic "bin" (son of) and "binti"/"binte"
 * (daughter of, "bte" written short): "Nur Aisyah binte Mohamed Kassim" (audit 52, B-a52-1); the Malaysian Indian
 * "a/l" (anak lelaki, son of) and "a/p" (anak perempuan, daughter of): "Suresh Nair a/l Ramasamy" (audit 61, B-a61-11).
 */
export const PARTICLES = new Set([
  'de',
  'du',
  'da',
  'di',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'binti',
  'binte',
  'bte',
  'a/l',
  'a/p',
  'al',
  'el',
  'dos',
  'das',
  'del',
  'ter',
]);
