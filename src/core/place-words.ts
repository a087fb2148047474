/** Place tables: capitalised runs that name a place, not a person, though they look alike. */

/** The US states named in two words ("New Jersey Gov. …", "In Raleigh, North Carolina, …"). */
export const TWO_WORD_STATES = [
  'New Jersey',
  'New Hampshire',
  'New Mexico',
  'New York',
  'North Carolina',
  'South Carolina',
  'North Dakota',
  'South Dakota',
  'West Virginia',
  'Rhode Island',
];

/** Places that look like names ("Sergei Kislyak" and "Hong Kong" are both two capitalised words). */
export const PLACES = new Set([
  ...`Afghanistan Africa America Argentina Asia Athens Australia Austria Baghdad Beijing Belgium Berlin
  Brazil Britain Brussels Canada Chicago China Cuba Denmark Dublin Durham Edinburgh Egypt England
  Europe France Gaza Geneva Germany Glasgow Greece Hollywood India Indonesia Iran Iraq Ireland
  Israel Italy Japan Jerusalem Kenya Korea Kosovo Kremlin London Madrid Manchester Mexico Moscow
  Netherlands Nigeria Norway Pakistan Palestine Paris Poland Portugal Romania Rome Russia Scotland
  Serbia Spain Sweden Switzerland Syria Taiwan Tokyo Turkey Ukraine Wales Washington Westminster
  Zimbabwe US USA UK EU Hong_Kong New_York Los_Angeles San_Francisco South_Africa North_Korea
  South_Korea Saudi_Arabia New_Zealand Northern_Ireland Middle_East Wall_Street Silicon_Valley
  Downing_Street Capitol_Hill Las_Vegas New_Delhi Sri_Lanka Latin_America United_States United_Kingdom
  United_Arab_Emirates`
    .split(/\s+/)
    .map((p) => p.replace(/_/g, ' ')),
  ...TWO_WORD_STATES,
]);

/** Words that make a capitalised run a place rather than a person. */
export const PLACE_WORDS = new Set([
  'Street',
  'Road',
  'Avenue',
  'Square',
  'Park',
  'River',
  'Lake',
  'Mountain',
  'Mountains',
  'Island',
  'Islands',
  'Bay',
  'Valley',
  'County',
  'State',
  'Province',
  'Republic',
  'Kingdom',
  'Coast',
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Airport',
  'Stadium',
  'Arena',
  'Hall',
  'Hill',
  'Bridge',
  'Palace',
  'Castle',
  'Abbey',
  'Cathedral',
]);
