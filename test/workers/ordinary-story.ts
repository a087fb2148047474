const NAMES = ['Ann Lee', 'Tom Marsh', 'Priya Shah', 'Owen Price', 'Mei Lin', 'Carl Dunn', 'Rosa Vidal', 'Ian Kerr'];
const BODIES = ['council', 'harbour board', 'school trust', 'water company', 'bus operator', 'hospital trust'];
const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'tin',
  'dra',
  'vel',
  'son',
  'pri',
  'gus',
  'hal',
  'ben',
  'rix',
  'tor',
  'ama',
  'qui',
  'zel',
];

/** The `k`th invented word: three syllables, 4,096 of them, so a run of stories brings new vocabulary. */
const word = (k: number) => SYLLABLES[k % 16]! + SYLLABLES[(k >> 4) % 16]! + SYLLABLES[(k >> 8) % 16]!;
const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/**
 * The `n`th of a run of invented stories of ordinary size (about 5 KB: quotes, people, a vote still
 * to come, then forty lines of invented names and words), each different: a newsroom's day of
 * ingest grows the engine's word and name caches the same way.
 */
export function ordinaryStory(n: number): string {
  const who = NAMES[n % NAMES.length]!;
  const other = NAMES[(n + 3) % NAMES.length]!;
  const body = BODIES[n % BODIES.length]!;
  const lines = [
    `The ${body} delays plan number ${n}`,
    '',
    `The ${body} has put off a decision on its plan for the east quarter, story ${n} of the week.`,
    `"We will not rush this," said ${who}, who chairs the ${body}'s finance committee.`,
    `${other}, a local campaigner, said the delay would cost residents £${(n % 9) + 2} million over five years.`,
    `It is unclear when the vote will be held, and the ${body} declined to give a date.`,
    `"People deserve an answer by the summer," ${other.split(' ')[1]} told reporters on Tuesday.`,
    `A spokesman for the union said members had not been consulted and would meet on Friday.`,
  ];
  for (let j = 0; j < 40; j++) {
    const k = n * 40 + j;
    lines.push(
      `${capital(word(k))} ${capital(word(k + 7))} said the ${word(k + 3)} plan for ${capital(word(k + 11))} would ${word(k + 5)} the ${word(k + 9)} by ${j + 2} per cent.`,
    );
  }
  return lines.join('\n');
}
