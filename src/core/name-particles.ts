/**
 * Name particles: "Nick Van den Brul", "Ursula von der Leyen"; the Malay patronymic "bin" (son of) and "binti"/"binte"
 * (daughter of, "bte" written short): "Nur Aisyah binte Mohamed Kassim" (audit 52, B-a52-1).
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
  'al',
  'el',
  'dos',
  'das',
  'del',
  'ter',
]);
