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
  'model', 'wife', 'husband', 'partner', 'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'widow',
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
  'Democrats', 'Republicans', 'Conservatives', 'Greens', 'Assembly', 'Commons', 'Lords', 'Athletics',
  'Watch', 'Rights', 'Aid', 'Action', 'Federation', 'Olympics', 'Games', 'League', 'Championship', 'Championships', 'Cup', 'Awards', 'Prize',
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

/** Common first names, for gender when no honorific says it (pronoun resolution). */
export const MALE_NAMES = new Set(
  `Aaron Adam Adrian Alan Albert Alex Alexander Alfred Ali Andrew Andy Angus Anthony Antonio Arnold
  Arthur Barack Barry Ben Benjamin Bernard Bill Billy Bob Boris Brad Brian Bruce Carl Carlos Charles
  Charlie Chris Christopher Clive Colin Craig Dan Daniel Danny Darren David Dean Dennis Derek Des
  Devin Dick Digby Dmitry Don Donald Doug Douglas Duncan Ed Eddie Edward Eric Ernest Frank Fred
  Frederick Gary Gavin Geoff Geoffrey George Gerald Gerry Glenn Gordon Graham Greg Gregory Harold
  Harry Henry Howard Hugh Iain Ian Isaac Isaiah Ivan Jack Jacques James Jamie Jason Jeff Jeffrey
  Jeremy Jerry Jim Jimmy Joe John Johnny Jon Jonathan Jose Joseph Josh Juan Julian Justin Keith
  Ken Kenneth Kevin Kieran Kostas Larry Lee Len Leo Leonard Liam Louis Luke Malcolm Marcus Mario
  Mark Martin Matt Matthew Max Michael Mick Mike Mohammed Muhammad Neil Nick Nicholas Nigel Norman
  Oliver Omar Owen Patrick Paul Pete Peter Phil Philip Ralph Ray Raymond Richard Rick Rob Robbie
  Robert Roger Ron Ronald Roy Rupert Russell Ryan Sam Samuel Sanjay Scott Sean Sebastian Sergei
  Simon Stan Stephen Steve Steven Stuart Ted Terry Thomas Tim Timothy Tom Tommy Tony Trevor Victor
  Vince Vincent Vladimir Walter Wayne William Willie Yuri Zach Abdul Ahmed Alastair Alain Alberto
  Alec Alistair Andre Andreas Angelo Ashley Austin Barney Bernie Bertie Blake Bobby Boyd Bradley
  Brendan Brett Bryan Callum Calvin Cameron Carlo Cecil Chad Clarence Claude Clint Cliff Clifford
  Conor Cyril Dale Damian Damon Dante Darryl Dave Declan Denis Dermot Desmond Diego Dominic Duane
  Dylan Earl Edgar Edmund Eduardo Elliot Elton Emil Emmanuel Enrique Ewan Fabio Felix Fernando
  Fergus Francis Francisco Franco Franz Gareth Garry Gene Gerhard Gianni Gil Giovanni Giuseppe Glen
  Godfrey Gonzalo Grant Guy Hamish Hans Harvey Hassan Hector Herbert Horace Hugo Humphrey Igor Ivor
  Jake Jared Javier Jay Jean-Claude Jean-Pierre Jens Jeremiah Jesse Jesus Joel Jonah Jordan Jorge
  Juergen Jules Jurgen Karl Kelvin Kenny Khalid Kieron Kofi Kurt Lance Lars Laurence Lawrence Leon
  Leonardo Les Lewis Lionel Lloyd Lorenzo Lucas Luis Luigi Lyndon Magnus Manuel Marc Marco Mariano
  Marty Mathew Maurice Mel Micky Miguel Mikhail Miles Milton Mitchell Mohamed Morgan Murray Nathan
  Neville Niall Nicolas Noel Olaf Oscar Ossie Otto Pablo Pascal Pedro Percy Pierre Piers Rafael
  Ramon Randy Raul Reg Reginald Rex Rhys Ricardo Ricky Robin Rod Rodney Roland Romano Rory Ross
  Rowan Rudolf Rudy Rufus Rupert Salman Sandy Saul Seamus Sergio Seth Shane Shaun Sid Sidney
  Silvio Sol Spencer Stanley Stefan Steffen Sven Terence Theo Theodore Thierry Toby Todd Tony
  Travis Tristan Troy Tyler Ulrich Uwe Viktor Vijay Wade Warren Wesley Wilfred Will Wolfgang
  Xavier Yasser Yves Zoltan`.split(/\s+/),
);

export const FEMALE_NAMES = new Set(
  `Abigail Alice Alison Amanda Amy Andrea Angela Angelina Ann Anna Anne Annie Barbara Beth Betty
  Beverley Brenda Carol Caroline Catherine Charlotte Cheryl Christine Claire Clare Diana Diane
  Donna Dorothy Elaine Eleanor Elizabeth Ellen Emily Emma Fiona Frances Georgeta Gillian Gloria
  Hannah Harriet Hayley Heather Helen Hillary Irene Jacqueline Jane Janet Janice Jean Jennifer
  Jenny Jessica Jill Joan Joanna Joanne Josephine Joy Judith Judy Julia Julie Karen Kate Katherine
  Kathleen Kathryn Kathy Kelly Kim Kobita Laura Lauren Linda Lisa Liz Louise Lucy Lynn Maggie
  Margaret Maria Marie Marja Martha Mary Maureen Megan Melanie Michelle Nancy Natalie Nicola Nicole
  Olivia Patricia Paula Pauline Rachel Rebecca Rosie Ruth Sally Samantha Sandra Sarah Sharon
  Sheila Sophie Stephanie Sue Susan Tessa Theresa Tina Tracey Valerie Victoria Wendy Yvonne Zara
  Agnes Alexandra Alicia Amber Anita Anneka Antonia Audrey Bella Belinda Bernadette Bianca Bridget
  Britney Camilla Carla Carmen Carole Cassandra Cecilia Celia Chloe Cindy Clara Colleen Condoleezza
  Cynthia Daisy Daphne Davina Debbie Deborah Delia Denise Dido Dolly Dominique Edith Edwina
  Eileen Elena Elisabeth Ella Eloise Elsa Erica Esther Eva Evelyn Faith Felicity Florence Gabrielle
  Geraldine Germaine Gina Glenda Grace Gwen Gwyneth Harriet Hazel Heidi Helena Hermione Hilary Holly
  Imogen Ingrid Iris Isabel Isabella Ivy Jade Jan Jana Jemima Jo Jodie Judi Julianne Juliet June
  Justine Kara Katarina Kate Katerina Katharine Katie Kay Keira Kerry Kirsty Kylie Lara Leah
  Lena Leslie Lily Lindsay Liza Lorna Lorraine Lucia Lydia Lynda Lynne Mandy Marcia Margot Marian
  Marianne Marina Marion Marjorie Martina Matilda Maxine May Meryl Mia Mildred Millie Miranda Moira
  Molly Monica Muriel Nadia Naomi Natasha Nell Nicole Nigella Nina Nora Norma Olga Paloma Pamela
  Patsy Peggy Penelope Penny Petra Philippa Phoebe Phyllis Polly Priscilla Rita Roberta Rosa
  Rosalind Rose Rosemary Roxanne Sadie Sandra Sara Selina Serena Shirley Sienna Simone Sonia Stella
  Suzanne Svetlana Sybil Sylvia Tamara Tania Tanya Tara Teresa Thelma Tracy Ursula Vanessa Vera
  Veronica Viola Violet Virginia Vivienne Whitney Winifred Yoko Zadie Zoe`.split(/\s+/),
);

/** Places that look like names ("Sergei Kislyak" and "Hong Kong" are both two capitalised words). */
export const PLACES = new Set(
  `Afghanistan Africa America Argentina Asia Athens Australia Austria Baghdad Beijing Belgium Berlin
  Brazil Britain Brussels Canada Chicago China Cuba Denmark Dublin Durham Edinburgh Egypt England
  Europe France Gaza Geneva Germany Glasgow Greece Hollywood India Indonesia Iran Iraq Ireland
  Israel Italy Japan Jerusalem Kenya Korea Kosovo Kremlin London Madrid Manchester Mexico Moscow
  Netherlands Nigeria Norway Pakistan Palestine Paris Poland Portugal Romania Rome Russia Scotland
  Serbia Spain Sweden Switzerland Syria Taiwan Tokyo Turkey Ukraine Wales Washington Westminster
  Zimbabwe US USA UK EU Hong_Kong New_York Los_Angeles San_Francisco South_Africa North_Korea
  South_Korea Saudi_Arabia New_Zealand Northern_Ireland Middle_East Wall_Street Silicon_Valley
  Downing_Street Capitol_Hill Las_Vegas New_Delhi Sri_Lanka Latin_America`
    .split(/\s+/)
    .map((p) => p.replace(/_/g, ' ')),
);

/** Words that make a capitalised run a place rather than a person. */
export const PLACE_WORDS = new Set([
  'Street', 'Road', 'Avenue', 'Square', 'Park', 'River', 'Lake', 'Mountain', 'Mountains', 'Island',
  'Islands', 'Bay', 'Valley', 'County', 'State', 'Province', 'Republic', 'Kingdom', 'Coast',
  'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central',
  'Airport', 'Stadium', 'Arena', 'Hall', 'Hill', 'Bridge', 'Palace', 'Castle', 'Abbey', 'Cathedral',
]);

/** Party and national adjectives: "Liberal Democrat spokeswoman", "Russian officials". */
export const AFFILIATIONS = new Set(
  `Liberal Democrat Democrats Democratic Labour Conservative Conservatives Tory Tories Republican
  Republicans Green Greens Socialist Communist Nationalist Unionist Independent Lib Dem Dems SNP
  Russian American British English Scottish Welsh Irish French German Italian Spanish Chinese
  Japanese Indian Pakistani Israeli Palestinian Iraqi Iranian Afghan Syrian Egyptian Turkish Greek
  Dutch Belgian Swiss Swedish Norwegian Danish Finnish Polish Czech Hungarian Romanian Bulgarian
  Ukrainian Canadian Mexican Brazilian Argentine Australian African Kenyan Nigerian European
  Asian Arab Muslim Christian Catholic Jewish Western Eastern Northern Southern Athletics Federal`.split(/\s+/),
);
