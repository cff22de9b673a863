/** Words that make a capitalised run a title: "Foreign Minister", "Mr.", "President-elect". */
export const TITLE_WORDS = new Set([
  'President', 'President-elect', 'Vice', 'Prime', 'Premier', 'Minister', 'Secretary', 'Chancellor', 'Senator',
  'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Mayor', 'General',
  'Gen.', 'Colonel', 'Col.', 'Lt.', 'Lieutenant', 'Captain', 'Capt.', 'Admiral', 'Adm.', 'Sgt.', 'Sergeant',
  'Major', 'Maj.', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Ambassador', 'Spokesman', 'Spokeswoman',
  'Spokesperson', 'Chairman', 'Chairwoman', 'Chair', 'Director', 'Chief', 'Commissioner', 'Judge', 'Justice',
  'Attorney', 'Speaker', 'Leader', 'Deputy', 'Foreign', 'Defence', 'Defense', 'Interior', 'Finance', 'Economy',
  'Trade', 'Health', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev.',
  'Father', 'Sheikh', 'Emir', 'Crown', 'CEO', 'Executive', 'Officer', 'Coach', 'Manager', 'Bishop', 'Cardinal',
  'Archbishop', 'Rabbi', 'Imam', 'Patriarch', 'Envoy', 'Commander', 'Marshal', 'Inspector', 'Detective',
  'Superintendent', 'Constable', 'Sheriff', 'Councillor', 'Councilman', 'Councilwoman', 'Treasurer',
  'Chancellor', 'Vice-President', 'Ex-President', 'Former', 'Acting', 'State', 'Security', 'Energy', 'Labor',
  'Labour', 'Education', 'Environment', 'Transport', 'Agriculture', 'Culture', 'Industry', 'Home', 'Affairs',
  'Development', 'Emergencies', 'Federal', 'National', 'Assistant', 'Under', 'General-Secretary', 'Majority',
  'Minority', 'Whip', 'Senate',
]);

/** Title words that name a role on their own; the rest only qualify one ("Foreign", "State"). */
export const ROLE_TITLES = new Set([
  'President', 'President-elect', 'Premier', 'Minister', 'Secretary', 'Chancellor', 'Senator', 'Sen.', 'Rep.',
  'Representative', 'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Mayor', 'General', 'Gen.', 'Colonel',
  'Col.', 'Lt.', 'Lieutenant', 'Captain', 'Capt.', 'Admiral', 'Adm.', 'Sgt.', 'Sergeant', 'Maj.', 'King',
  'Queen', 'Prince', 'Princess', 'Pope', 'Ambassador', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chairman',
  'Chairwoman', 'Director', 'Commissioner', 'Judge', 'Justice', 'Attorney', 'Speaker', 'Leader', 'Mr.',
  'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev.', 'Father', 'Sheikh', 'Emir',
  'CEO', 'Officer', 'Coach', 'Manager', 'Bishop', 'Cardinal', 'Archbishop', 'Rabbi', 'Imam', 'Patriarch',
  'Envoy', 'Commander', 'Marshal', 'Inspector', 'Detective', 'Superintendent', 'Constable', 'Sheriff',
  'Councillor', 'Councilman', 'Councilwoman', 'Treasurer', 'Vice-President', 'Ex-President', 'Whip',
]);

/** Peoples and countries that stand before a title: "Russian Foreign Minister", "US President". */
export const NATIONALITIES = new Set([
  'US', 'U.S.', 'UK', 'U.K.', 'EU', 'UN', 'U.N.', 'NATO', 'American', 'Russian', 'Swedish', 'British', 'German',
  'French', 'Chinese', 'Japanese', 'Korean', 'Indian', 'Italian', 'Spanish', 'Polish', 'Ukrainian', 'Turkish',
  'Iranian', 'Iraqi', 'Israeli', 'Palestinian', 'Syrian', 'Saudi', 'Egyptian', 'Canadian', 'Mexican',
  'Brazilian', 'Argentine', 'Australian', 'Dutch', 'Belgian', 'Swiss', 'Austrian', 'Greek', 'Danish',
  'Norwegian', 'Finnish', 'Irish', 'Scottish', 'Welsh', 'Czech', 'Hungarian', 'Romanian', 'Bulgarian',
  'Serbian', 'Croatian', 'Belarusian', 'Georgian', 'Armenian', 'Afghan', 'Pakistani', 'Bangladeshi',
  'Indonesian', 'Philippine', 'Filipino', 'Thai', 'Vietnamese', 'Malaysian', 'Nigerian', 'Kenyan',
  'South', 'North', 'Libyan', 'Lebanese', 'Jordanian', 'Qatari', 'Emirati', 'Yemeni', 'Venezuelan',
  'Colombian', 'Chilean', 'Peruvian', 'Cuban', 'Portuguese', 'Estonian', 'Latvian', 'Lithuanian',
  'Slovak', 'Slovenian', 'Moldovan', 'Kazakh', 'Azerbaijani', 'Chechen', 'Crimean', 'European', 'Soviet',
  'Democratic', 'Republican', 'Conservative', 'Labour', 'Liberal', 'Kremlin', 'White', 'House',
]);

/** Capitalised words that are never part of a person's name: institutions, places, days, starters. */
export const NOT_NAME = new Set([
  'States', 'Kingdom', 'Union', 'Nations', 'Ministry', 'Department', 'Office', 'Party', 'Day', 'Peninsula',
  'East', 'West', 'North', 'South', 'Commission', 'Council', 'Committee', 'Magazine', 'Interest', 'Agency',
  'Bank', 'Court', 'Parliament', 'Congress', 'Senate', 'House', 'Street', 'Avenue', 'Square', 'University',
  'Institute', 'Times', 'Post', 'News', 'Journal', 'Group', 'Company', 'Corporation', 'Inc.', 'Ltd.', 'Airport',
  'Station', 'City', 'Province', 'Region', 'Republic', 'Federation', 'Kremlin', 'Government', 'Administration',
  'Army', 'Navy', 'Police', 'Service', 'Forces', 'Force', 'Organization', 'Organisation', 'Association',
  'Foundation', 'Center', 'Centre', 'Church', 'Cup', 'League', 'Games', 'Olympics', 'Festival', 'Award',
  'Prize', 'Act', 'Bill', 'Treaty', 'Accord', 'Agreement', 'Summit', 'Conference', 'Forum', 'Market',
  'Exchange', 'Index', 'Fund', 'Island', 'Islands', 'River', 'Lake', 'Sea', 'Ocean', 'Mountains', 'Valley',
  'Coast', 'Bay', 'Gulf', 'Strait', 'Canal', 'Road', 'Bridge', 'Tower', 'Hall', 'Palace', 'Hotel', 'Hospital',
  'School', 'College', 'Club', 'Team', 'Stadium', 'Park', 'Zone', 'Line', 'Channel', 'Network', 'Television',
  'Radio', 'Press', 'Media', 'Daily', 'Weekly', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'Christmas', 'Easter', 'War', 'Revolution', 'Empire', 'Crisis',
  'Democratic', 'Republican', 'National', 'International', 'Federal', 'Central', 'Royal', 'Supreme', 'United',
  'Bilateral', 'Presidential', 'Election', 'Middle', 'Western', 'Eastern', 'Northern', 'Southern', 'Internet',
  'God', 'Allah', 'The', 'A', 'An', 'And', 'But', 'Or', 'In', 'On', 'At', 'Of', 'For', 'To', 'From', 'With',
  'By', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Although', 'Though', 'It', 'Its', 'This',
  'That', 'These', 'Those', 'There', 'Here', 'We', 'I', 'He', 'She', 'They', 'You', 'Our', 'His', 'Her',
  'Their', 'My', 'Your', 'Yes', 'No', 'Not', 'So', 'Then', 'Now', 'Also', 'Some', 'All', 'Any', 'Every',
  'Whatever', 'Speaking', 'According', 'Meanwhile', 'However', 'Asked', 'Take', 'Let', 'What', 'Who', 'Why',
  'How', 'Where', 'Which', 'One', 'Two', 'Three', 'Many', 'Most', 'More', 'Other', 'Another', 'Both',
  'Each', 'Mr', 'Mrs', 'Ms', 'Dr', 'Reuters', 'AP', 'AFP', 'TASS', 'Xinhua', 'Kyodo', 'Foreign',
]);

/** Role nouns of descriptors ("the Russian top diplomat", "a State Department spokesman"). */
export const ROLE_NOUNS = [
  'diplomat', 'minister', 'president', 'president-elect', 'premier', 'chancellor', 'secretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'official', 'officials', 'leader', 'senator', 'governor', 'mayor', 'general',
  'commander', 'ambassador', 'envoy', 'lawmaker', 'lawmakers', 'legislator', 'analyst', 'analysts', 'expert',
  'experts', 'witness', 'witnesses', 'source', 'sources', 'aide', 'aides', 'adviser', 'advisers', 'advisor',
  'director', 'chairman', 'chairwoman', 'chief', 'executive', 'prosecutor', 'prosecutors', 'judge', 'lawyer',
  'attorney', 'police', 'authorities', 'residents', 'resident', 'diplomats', 'critics', 'economist',
  'economists', 'researcher', 'researchers', 'scientist', 'scientists', 'statement', 'ministry', 'department',
  'kremlin', 'government', 'king', 'queen', 'pope', 'candidate', 'activist', 'activists', 'organizer',
  'organisers', 'organizers', 'coach', 'manager', 'player', 'spokespeople', 'representative', 'negotiator',
  'negotiators', 'agency', 'company', 'firm', 'office', 'mother', 'father', 'woman', 'man', 'chair', 'head',
  'member', 'founder', 'owner', 'captain', 'teacher', 'student', 'farmer', 'worker', 'doctor', 'nurse',
  'driver', 'professor', 'economist', 'strategist', 'banker', 'investor', 'trader', 'engineer', 'historian',
  'author', 'editor', 'general', 'officer', 'commissioner', 'inspector', 'detective', 'sheriff', 'priest',
  'councillor', 'councilman', 'councilwoman', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward',
  'guard', 'pitcher', 'quarterback', 'champion', 'winner', 'survivor', 'victim', 'neighbor', 'neighbour',
  // AP's lower-case descriptions before a name: "said retiree Walter Kowalski", "tenant Rosa Diaz".
  'tenant', 'retiree', 'homeowner', 'shopkeeper', 'voter', 'fan', 'parent', 'volunteer', 'veteran', 'pastor',
  'protester', 'demonstrator', 'refugee', 'migrant', 'businessman', 'businesswoman', 'entrepreneur', 'consultant',
  'pollster', 'congressman', 'congresswoman',
];

/** Abbreviated titles as descriptors name them: "Sen. Maria Lopez" is "the senator". */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  'sen.': 'senator', 'rep.': 'representative congressman congresswoman', 'gov.': 'governor', 'gen.': 'general',
  'adm.': 'admiral', 'col.': 'colonel', 'lt.': 'lieutenant', 'capt.': 'captain', 'sgt.': 'sergeant', 'maj.': 'major',
  'dr.': 'doctor', 'prof.': 'professor', 'rev.': 'reverend', 'supt.': 'superintendent', 'insp.': 'inspector',
  'det.': 'detective', 'atty.': 'attorney', 'cmdr.': 'commander',
};

/** Descriptor roles that name the same office: "top diplomat" is a foreign minister or secretary of state. */
export const ROLE_SYNONYMS: Record<string, string[]> = {
  'top diplomat': ['foreign minister', 'secretary of state', 'foreign secretary'],
  diplomat: ['foreign minister', 'secretary of state', 'foreign secretary', 'ambassador'],
  premier: ['prime minister', 'premier'],
  'foreign minister': ['foreign minister', 'foreign secretary'],
};

/** Words ending a company's or outlet's name: `Halvorsen Foods`, `The Washington Post`, `CBS News`. */
export const ORGANISATION_NAME_WORDS = new Set([
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'LLC', 'Plc', 'PLC', 'AG', 'SA', 'NV', 'GmbH', 'SpA',
  'Group', 'Holdings', 'Partners', 'Associates', 'Brothers', 'Bros.', 'Industries', 'Systems', 'Technologies',
  'Motors', 'Airlines', 'Airways', 'Foods', 'Petroleum', 'Oil', 'Energy', 'Resources', 'Mining', 'Steel',
  'Chemical', 'Chemicals', 'Electric', 'Financial', 'Insurance', 'Trust', 'Investments', 'Management',
  'Research', 'Media', 'Entertainment', 'Pharmaceuticals', 'Labs', 'Laboratories', 'Software', 'Products',
  'Services', 'International', 'Worldwide', 'Enterprises', 'Ventures', 'Communications', 'Securities',
  'Capital', 'Markets', 'Bank', 'Bancorp', 'Corporation', 'Company', 'Post', 'Times', 'News', 'Journal',
  'Tribune', 'Herald', 'Gazette', 'Telegraph', 'Guardian', 'Independent', 'Observer', 'Globe', 'Chronicle',
  'Examiner', 'Inquirer', 'Review', 'Magazine', 'Network', 'Radio', 'Television', 'TV', 'Press', 'Agency',
  'Committee', 'Campaign', 'Council', 'Commission', 'Department', 'Ministry', 'Office', 'Board', 'Service',
  'Institute', 'Foundation', 'University', 'College', 'Center', 'Centre', 'Association', 'Union', 'Federation',
  'Organization', 'Organisation', 'Fund', 'Reserve', 'Exchange', 'Court', 'Senate', 'House', 'Congress',
  'Parliament', 'Administration', 'Government', 'Police', 'Army', 'Navy', 'Party', 'Coalition', 'Alliance',
  'Caucus', 'Project', 'Forum', 'Society', 'Club', 'Church', 'Hospital', 'School', 'Academy', 'Council',
  'Authority', 'Bureau', 'Secretariat', 'Mission', 'Embassy', 'Kremlin', 'Pentagon', 'Politico', 'Reuters',
  'PAC', 'Action', 'Watch', 'Initiative', 'Institution', 'Agency', 'Airport', 'Stores', 'Mart', 'Brands',
  'Pictures', 'Studios', 'Records', 'Publishing', 'Books', 'Daily', 'Weekly', 'Wire', 'Channel', 'Networks',
]);
