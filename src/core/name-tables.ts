/** Word tables for recognising people, organisations and places in English news copy. */

export type Gender = 'male' | 'female';

/** Honorifics before a person's name; the gender they imply, if any. */
export const HONORIFICS = new Map<string, Gender | null>([
  ['Mr', 'male'], ['Mr.', 'male'], ['Mrs', 'female'], ['Mrs.', 'female'], ['Ms', 'female'],
  ['Ms.', 'female'], ['Miss', 'female'], ['Sir', 'male'], ['Dame', 'female'], ['Lady', 'female'],
  ['Lord', 'male'], ['Baroness', 'female'], ['Baron', 'male'], ['Dr', null], ['Dr.', null],
  ['Prof', null], ['Prof.', null], ['Professor', null], ['Rev', null], ['Rev.', null], ['Rt', null],
  ['Sen.', null], ['Rep.', null], ['Gov.', null], ['Gen.', null], ['Lt.', null], ['Col.', null],
  ['Capt.', null], ['Sgt.', null], ['Fr', 'male'], ['Father', 'male'], ['Sister', 'female'],
  ['King', 'male'], ['Queen', 'female'], ['Prince', 'male'], ['Princess', 'female'],
  ['Pope', 'male'], ['Sheikh', 'male'], ['Rabbi', null], ['Imam', 'male'], ['Cardinal', 'male'],
  ['Bishop', null], ['Archbishop', null], ['Judge', null], ['Justice', null],
]);

/**
 * Nouns that head a role ("Chairman", "spokeswoman"). In a capitalised run such as "US House
 * Intelligence Committee Chairman Devin Nunes" the name is what follows the last of them.
 */
export const ROLE_HEADS = new Set([
  'president', 'vice-president', 'chairman', 'chairwoman', 'chair', 'chairperson', 'secretary',
  'minister', 'ambassador', 'director', 'chief', 'executive', 'spokesman', 'spokeswoman',
  'spokesperson', 'commissioner', 'chancellor', 'senator', 'congressman', 'congresswoman',
  'governor', 'mayor', 'leader', 'editor', 'coach', 'manager', 'boss', 'head', 'officer',
  'attorney', 'lawyer', 'counsel', 'prosecutor', 'judge', 'analyst', 'economist', 'adviser',
  'advisor', 'aide', 'founder', 'co-founder', 'owner', 'captain', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'player', 'champion', 'star', 'singer', 'actor', 'actress', 'author',
  'writer', 'producer', 'presenter', 'host', 'professor', 'researcher', 'scientist', 'expert',
  'member', 'mp', 'mep', 'general', 'colonel', 'admiral', 'commander', 'partner', 'principal',
  'premier', 'ceo', 'cfo', 'coo', 'cto', 'md', 'deputy', 'treasurer', 'correspondent',
  'reporter', 'campaigner', 'activist', 'official', 'representative', 'envoy', 'diplomat',
  'candidate', 'nominee', 'teammate', 'boxer', 'athlete', 'runner', 'sprinter', 'rider',
  'driver', 'bowler', 'batsman', 'winger', 'forward', 'fly-half', 'prop', 'lock', 'hooker',
  'scrum-half', 'centre', 'full-back', 'musician', 'director-general', 'comedian', 'designer',
  'architect', 'investor', 'banker', 'trader', 'strategist', 'consultant', 'agent',
  'superintendent', 'inspector', 'detective', 'constable', 'sheriff', 'doctor', 'surgeon',
  'physician', 'nurse', 'teacher', 'student', 'lecturer', 'dean', 'rector', 'bishop',
  'archbishop', 'cardinal', 'pope', 'rabbi', 'imam', 'cleaner', 'worker', 'resident',
  'witness', 'victim', 'survivor', 'father', 'mother', 'son', 'daughter', 'wife', 'husband',
  'brother', 'sister', 'friend', 'colleague', 'rival', 'ally', 'critic', 'fan', 'supporter',
  'organiser', 'organizer', 'promoter', 'curator', 'trustee', 'governor', 'regulator',
  'auditor', 'controller', 'clerk', 'speaker', 'whip', 'co-chairman', 'shadow', 'solicitor',
  'barrister', 'magistrate', 'coroner', 'spokesperson', 'psychologist', 'historian',
  'novelist', 'poet', 'artist', 'photographer', 'journalist', 'columnist', 'critic', 'dj',
]);

/** Last words that make a capitalised run an organisation. */
export const ORG_HEADS = new Set([
  'Committee', 'Party', 'Association', 'Council', 'Commission', 'Bank', 'Group', 'Inc', 'Inc.',
  'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'Plc', 'plc', 'LLC', 'Company', 'Co', 'Co.',
  'University', 'College', 'School', 'Ministry', 'Department', 'Agency', 'Office', 'Service',
  'Services', 'Federation', 'Union', 'Institute', 'Foundation', 'Board', 'Court', 'Parliament',
  'Congress', 'Senate', 'Assembly', 'House', 'Times', 'Journal', 'Post', 'News', 'Telegraph',
  'Guardian', 'Herald', 'Tribune', 'Review', 'Magazine', 'Network', 'Airlines', 'Airways',
  'Motors', 'Industries', 'Holdings', 'Partners', 'Capital', 'Fund', 'Trust', 'Society', 'Club',
  'United', 'City', 'Rovers', 'Athletic', 'Force', 'Army', 'Navy', 'Police', 'Authority',
  'Organisation', 'Organization', 'Alliance', 'Coalition', 'Forum', 'Centre', 'Center',
  'Administration', 'Government', 'Cabinet', 'Bureau', 'Exchange', 'Reserve', 'Treasury',
  'Pentagon', 'Kremlin', 'Academy', 'Museum', 'Gallery', 'Theatre', 'Orchestra', 'Band',
  'Records', 'Studios', 'Pictures', 'Entertainment', 'Media', 'Technologies', 'Systems',
  'Software', 'Communications', 'Telecom', 'Electronics', 'Energy', 'Oil', 'Gas', 'Financial',
  'Securities', 'Insurance', 'Labs', 'Laboratories', 'Programme', 'Program', 'Council', 'Tories',
  'Democrats', 'Republicans', 'Conservatives', 'Greens', 'Assembly', 'Commons', 'Lords',
]);

/** Capitalised words that never start a person's name. */
export const NOT_NAMES = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I',
  'You', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'But', 'And', 'Or', 'If', 'When', 'While',
  'After', 'Before', 'In', 'On', 'At', 'For', 'From', 'With', 'By', 'As', 'Of', 'To', 'Not',
  'There', 'Here', 'What', 'Why', 'How', 'Who', 'Where', 'Which', 'Some', 'Many', 'Most',
  'All', 'Both', 'Each', 'Every', 'No', 'Yes', 'So', 'Yet', 'However', 'Meanwhile', 'Also',
  'Earlier', 'Later', 'Last', 'Next', 'First', 'Second', 'Third', 'New', 'Other', 'Such',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January',
  'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Christmas', 'Easter', 'Today', 'Tonight', 'Yesterday', 'Tomorrow',
  'Although', 'Though', 'Despite', 'Under', 'Over', 'Since', 'Until', 'During', 'Following',
  'According', 'Asked', 'Speaking', 'Writing', 'Now', 'Then', 'Even', 'Only', 'Just', 'Still',
  'Instead', 'Indeed', 'Overall', 'Further', 'Analysts', 'Officials', 'Experts', 'Critics',
  'Mrs', 'Mr', 'Ms', 'Dr', 'Sir', 'Internet', 'Web', 'Net', 'TV', 'Radio', 'BBC', 'Oscar',
  'Oscars', 'Grammy', 'Olympic', 'Olympics', 'World', 'Cup', 'European', 'British', 'American',
]);

export const PRONOUNS = new Map<string, Gender | 'neuter' | 'plural'>([
  ['he', 'male'], ['she', 'female'], ['it', 'neuter'], ['they', 'plural'],
]);
