/*
 * The words attribution reads by: what may stand between a source and its quotation, and what
 * kind of source a noun names. Lists only propose: a word counts where the phrase grammar of
 * phrases.ts puts it (a cue next to a source and a quotation, a noun at a phrase's head).
 */

/** Cues of speech and writing, as copy inflects them: after a quotation any verb will do; before one, these. */
export const CUE_VERBS = new Set([
  'said', 'says', 'saying', 'say', 'added', 'adds', 'adding', 'noted', 'notes', 'noting', 'stressed', 'stresses',
  'stressing', 'told', 'tells', 'telling', 'wrote', 'writes', 'writing', 'tweeted', 'tweets', 'tweeting', 'posted',
  'posts', 'concluded', 'concludes', 'believes', 'believed', 'insisted', 'insists', 'insisting', 'warned', 'warns',
  'warning', 'explained', 'explains', 'explaining', 'asked', 'asks', 'asking', 'argued', 'argues', 'arguing',
  'recalled', 'recalls', 'recalling', 'declared', 'declares', 'declaring', 'announced', 'announces', 'announcing',
  'claimed', 'claims', 'claiming', 'confirmed', 'confirms', 'replied', 'replies', 'replying', 'responded', 'responds',
  'responding', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'emphasizing', 'urged', 'urges', 'urging',
  'continued', 'continues', 'suggested', 'suggests', 'suggesting', 'observed', 'observes', 'remarked', 'remarks',
  'commented', 'comments', 'acknowledged', 'acknowledges', 'acknowledging', 'admitted', 'admits', 'admitting',
  'asserted', 'asserts', 'asserting', 'contended', 'contends', 'maintained', 'maintains', 'stated', 'states',
  'stating', 'predicted', 'predicts', 'predicting', 'promised', 'promises', 'promising', 'vowed', 'vows', 'vowing',
  'underlined', 'underscored', 'highlighted', 'complained', 'complains', 'complaining', 'lamented', 'quipped',
  'joked', 'shouted', 'cried', 'whispered', 'muttered', 'recounted', 'testified', 'conceded', 'concedes', 'agreed',
  'reiterated', 'reiterates', 'repeated', 'cautioned', 'cautions', 'demanded', 'pleaded', 'boasted', 'denied',
  'denies', 'alleged', 'alleges', 'alleging', 'countered', 'retorted', 'mentioned', 'proclaimed', 'affirmed',
  'opined', 'reckoned', 'thinks', 'thought', 'felt', 'feels', 'hoped', 'feared', 'wondered', 'clarified', 'revealed',
  'disclosed', 'assured', 'charged', 'accused', 'accusing', 'called', 'calling', 'calls', 'described', 'describes',
  'describing', 'texted', 'emailed', 'messaged', 'blogged', 'reported', 'reports', 'reporting', 'estimated',
  'estimates', 'forecast', 'forecasts', 'projected', 'indicated', 'indicates', 'signaled', 'signalled', 'cited',
  'citing', 'quoted', 'quoting', 'read', 'reads', 'chanted', 'yelled', 'screamed', 'exclaimed', 'interjected',
  'fumed', 'gushed', 'implored', 'pledged', 'pledges', 'knows', 'knew', 'figured', 'guessed', 'speculated',
  'surmised', 'hinted', 'boasts', 'brags', 'bragged', 'raved', 'recommended', 'advised', 'advises', 'proposed',
  'proposes', 'threatened', 'threatens', 'labeled', 'labelled', 'dubbed', 'branded', 'termed', 'dismissed',
  'criticized', 'criticised', 'blasted', 'slammed', 'praised', 'hailed', 'lauded', 'mocked', 'ridiculed', 'attacked',
  'questioned', 'challenged', 'posting', 'conceding', 'remembered', 'mused', 'marveled', 'marvelled', 'offered',
  'ventured', 'volunteered', 'griped', 'groused', 'grumbled', 'sniffed', 'snapped', 'scoffed', 'sighed', 'laughed',
  'answered', 'reasoned', 'theorized', 'summarized', 'related', 'elaborated', 'interrupted', 'teased', 'cracked',
  'deadpanned', 'intoned', 'thundered', 'bellowed', 'roared', 'murmured', 'stammered', 'begged', 'protested',
  'objected', 'rebutted', 'pronounced', 'lectured', 'preached', 'confided', 'confessed', 'reminded', 'informed',
]);

// Each past tense in -ed has its participle in -ing among the cues (`yelled`, `yelling`), and
// each -ize verb its British -ise spelling (`emphasised`, `recognised`).
for (const verb of [...CUE_VERBS]) if (verb.endsWith('ed') && verb.length > 4) CUE_VERBS.add(`${verb.slice(0, -2)}ing`);
for (const verb of [...CUE_VERBS, 'recognized', 'recognizes', 'realized', 'realizes', 'summarized', 'characterized']) CUE_VERBS.add(verb.replace(/iz(e|ed|es|ing)$/, 'is$1'));

/** Cues of more than one word, their first word included: the cue span covers the whole phrase. */
export const CUE_PHRASES: ReadonlyArray<readonly string[]> = [
  ['pointed', 'out'], ['points', 'out'], ['pointing', 'out'], ['went', 'on', 'to', 'say'], ['went', 'on', 'saying'],
  ['goes', 'on', 'to', 'say'], ['made', 'clear'], ['makes', 'clear'], ['spelled', 'out'], ['summed', 'up'],
  ['shot', 'back'], ['fired', 'back'], ['put', 'it'], ['puts', 'it'], ['according', 'to'], ['told', 'reporters'],
  ['said', 'in', 'a', 'statement'], ['says', 'in', 'a', 'statement'], ['wrote', 'on', 'twitter'], ['wrote', 'on', 'x'],
  ['wrote', 'on', 'facebook'], ['added', 'that'], ['as', 'follows'],
];

/** Past tenses that do not end in -ed: any of them after a source closes an attribution (`Smith wrote`). */
export const IRREGULAR_PAST = new Set([
  'said', 'told', 'wrote', 'spoke', 'thought', 'felt', 'knew', 'saw', 'put', 'shot', 'went', 'began', 'gave', 'sang',
  'swore', 'made', 'took', 'found', 'held', 'kept', 'meant', 'read', 'sent', 'set', 'stood', 'struck', 'threw',
  'understood', 'wept', 'won', 'got', 'forecast', 'cried', 'replied', 'tweeted', 'led', 'let', 'fought', 'sought',
  'taught', 'brought', 'bought', 'drew', 'grew', 'hung', 'ran', 'rose', 'broke', 'chose', 'bid', 'quit', 'stuck',
  'swung', 'heard', 'laid', 'paid', 'bet', 'cut', 'hit',
]);

/** Words that stand between a source and its verb: auxiliaries, negation and the adverbs of attribution. */
export const VERB_LEAD = new Set([
  'has', 'had', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must',
  'did', 'does', 'do', 'also', 'later', 'then', 'further', 'again', 'previously', 'earlier', 'once', 'not', 'never',
  'often', 'recently', 'repeatedly', 'still', 'even', 'already', 'just', 'first', 'finally', 'initially', 'publicly',
  'privately', 'simply', 'only', 'always', 'frequently', 'now', 'too', 'herself', 'himself', 'themselves', 'itself',
  'reportedly', 'allegedly', 'apparently', 'similarly', 'openly', 'quickly', 'flatly', 'bluntly', 'angrily',
  'famously', 'last', 'soon', 'since',
]);

/** Words that may open a clause before its subject and run to a comma: `On Tuesday,`, `Asked about it,`. */
export const OPENERS = new Set([
  'after', 'before', 'when', 'while', 'as', 'in', 'on', 'at', 'during', 'asked', 'speaking', 'like', 'unlike', 'if',
  'although', 'though', 'because', 'since', 'until', 'later', 'earlier', 'meanwhile', 'however', 'still', 'yet',
  'instead', 'now', 'then', 'indeed', 'moreover', 'today', 'yesterday', 'tonight', 'last', 'this', 'next', 'for',
  'from', 'with', 'without', 'by', 'despite', 'of', 'over', 'under', 'amid', 'among', 'following', 'responding',
  'writing', 'addressing', 'campaigning', 'appearing', 'interviewed', 'pressed', 'reached', 'contacted', 'separately',
  'similarly', 'again', 'also', 'once', 'ultimately', 'overall', 'specifically', 'finally', 'first', 'second',
  'third', 'previously', 'recently', 'elsewhere', 'here', 'there', 'according', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'so', 'thus', 'but', 'and', 'or', 'nevertheless', 'nonetheless',
  'furthermore', 'additionally', 'notably', 'importantly', 'ironically', 'privately', 'publicly', 'behind',
  'throughout', 'within', 'outside', 'inside', 'against', 'regarding', 'given', 'describing', 'explaining', 'turning',
  'looking', 'pointing', 'referring', 'talking', 'citing', 'noting', 'maybe', 'perhaps', 'certainly', 'clearly',
  'surely', 'obviously', 'apparently', 'presumably', 'undoubtedly',
]);

/** Days, months and times of day: `said Wednesday,` names no one. */
export const TIMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.',
  'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'today', 'tonight', 'yesterday',
  'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'likewise', 'meanwhile',
  'however', 'still', 'instead', 'indeed', 'moreover', 'afterward', 'afterwards', 'later',
]);

/** Words that join two clauses: a quotation's clause starts after one of them, with its own subject. */
export const CLAUSE_JOINS = new Set([
  'and', 'but', 'while', 'whereas', 'yet', 'so', 'although', 'though', 'because', 'as', 'when', 'after', 'before',
  'since', 'if', 'where',
]);

/** Determiners of a described source: `the senator`, `a trader`, `one delegate`, `two officials`, `his wife`. */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'one', 'another', 'some', 'many', 'several', 'most', 'other', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'both', 'all', 'few', 'each', 'every',
  'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'no', 'any', 'such', 'more',
  'fellow', 'top', 'senior', 'former',
]);

/** Determiners that make a new, unnamed source: `a trader said` is somebody not met before. */
export const INDEFINITE = new Set([
  'a', 'an', 'one', 'another', 'some', 'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'many', 'most', 'few', 'dozens', 'hundreds', 'thousands',
]);

/** Pronouns that can speak, with what they agree with. */
export const PRONOUNS: Readonly<Record<string, 'he' | 'she' | 'they' | 'it' | 'self' | 'who'>> = {
  he: 'he', him: 'he', she: 'she', her: 'she', they: 'they', them: 'they', it: 'it', we: 'self', i: 'self',
  who: 'who',
};

/** People by their role: the head of `the senator`, `a trader`, `retired teacher Ann Cole`. Plurals are groups. */
export const PERSON_NOUNS = new Set([
  'diplomat', 'minister', 'president', 'president-elect', 'premier', 'chancellor', 'secretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'official', 'leader', 'senator', 'governor', 'mayor', 'general', 'commander',
  'ambassador', 'envoy', 'lawmaker', 'legislator', 'analyst', 'expert', 'witness', 'source', 'aide', 'adviser',
  'advisor', 'director', 'chairman', 'chairwoman', 'chief', 'executive', 'prosecutor', 'judge', 'justice', 'lawyer',
  'attorney', 'resident', 'critic', 'economist', 'researcher', 'scientist', 'king', 'queen', 'pope', 'candidate',
  'nominee', 'activist', 'organizer', 'organiser', 'coach', 'manager', 'player', 'representative', 'negotiator',
  'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'woman', 'man', 'chair', 'head',
  'member', 'founder', 'co-founder', 'owner', 'captain', 'teacher', 'student', 'farmer', 'worker', 'doctor', 'nurse',
  'driver', 'professor', 'strategist', 'banker', 'investor', 'trader', 'dealer', 'broker', 'engineer', 'historian',
  'author', 'editor', 'officer', 'commissioner', 'inspector', 'detective', 'sheriff', 'priest', 'councillor',
  'councilman', 'councilwoman', 'councilmember', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward',
  'guard', 'pitcher', 'quarterback', 'champion', 'winner', 'survivor', 'victim', 'neighbor', 'neighbour', 'tenant',
  'retiree', 'homeowner', 'shopkeeper', 'voter', 'fan', 'parent', 'volunteer', 'veteran', 'pastor', 'protester',
  'demonstrator', 'refugee', 'migrant', 'businessman', 'businesswoman', 'entrepreneur', 'consultant', 'pollster',
  'congressman', 'congresswoman', 'delegate', 'supporter', 'backer', 'donor', 'operative', 'staffer', 'designer',
  'narrator', 'host', 'anchor', 'reporter', 'journalist', 'correspondent', 'columnist', 'commentator', 'blogger',
  'writer', 'observer', 'insider', 'participant', 'attendee', 'speaker', 'panelist', 'moderator', 'democrat',
  'republican', 'conservative', 'liberal', 'progressive', 'independent', 'socialist', 'libertarian', 'populist',
  'nationalist', 'moderate', 'evangelical', 'catholic', 'muslim', 'christian', 'jew', 'immigrant', 'citizen',
  'taxpayer', 'consumer', 'customer', 'client', 'patient', 'passenger', 'pilot', 'soldier', 'marine', 'sergeant',
  'colonel', 'lieutenant', 'admiral', 'major', 'agent', 'employee', 'clerk', 'treasurer', 'comptroller', 'auditor',
  'regulator', 'physician', 'surgeon', 'psychologist', 'psychiatrist', 'sociologist', 'physicist', 'biologist',
  'chemist', 'epidemiologist', 'scholar', 'academic', 'lecturer', 'dean', 'principal', 'superintendent',
  'administrator', 'coordinator', 'fellow', 'partner', 'associate', 'colleague', 'friend', 'ally', 'rival',
  'opponent', 'challenger', 'incumbent', 'contender', 'frontrunner', 'front-runner', 'hopeful', 'boss', 'ceo', 'cfo',
  'vice-president', 'deputy', 'assistant', 'intern', 'actor', 'actress', 'singer', 'musician', 'artist', 'comedian',
  'star', 'celebrity', 'athlete', 'runner', 'rider', 'boxer', 'wrestler', 'golfer', 'referee', 'umpire', 'bishop',
  'cardinal', 'rabbi', 'imam', 'cleric', 'preacher', 'monk', 'nun', 'chaplain', 'missionary', 'landlord', 'mechanic',
  'electrician', 'plumber', 'carpenter', 'miner', 'fisherman', 'rancher', 'grower', 'baker', 'chef', 'cook', 'waiter',
  'waitress', 'bartender', 'cashier', 'salesman', 'saleswoman', 'vendor', 'merchant', 'retailer', 'landowner',
  'developer', 'architect', 'planner', 'accountant', 'actuary', 'underwriter', 'trustee', 'marshal', 'constable',
  'trooper', 'firefighter', 'paramedic', 'dispatcher', 'warden', 'inmate', 'prisoner', 'defendant', 'plaintiff',
  'suspect', 'juror', 'litigant', 'petitioner', 'mom', 'dad', 'grandmother', 'grandfather', 'uncle', 'aunt', 'cousin',
  'nephew', 'niece', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'widow', 'widower', 'child', 'teenager', 'kid',
  'boy', 'girl', 'person', 'individual', 'someone', 'somebody', 'guy', 'lady', 'gentleman', 'tycoon', 'mogul',
  'billionaire', 'millionaire', 'magnate', 'heir', 'heiress', 'monarch', 'emperor', 'prince', 'princess', 'duke',
  'duchess', 'sheikh', 'emir', 'sultan', 'dictator', 'strongman', 'autocrat', 'politician', 'statesman', 'campaigner',
  'advocate', 'lobbyist', 'union', 'unionist', 'whistleblower', 'leaker', 'hacker', 'programmer', 'forecaster',
  'meteorologist', 'seismologist', 'geologist', 'climatologist', 'statistician', 'demographer', 'spokesmen',
  'spokespeople', 'counsel', 'solicitor', 'barrister', 'neurosurgeon', 'surgeon-general', 'pundit', "d'affaires",
  'arbitrager', 'arbitrageur', 'authority',
]);

/** Groups of people that need no determiner: `analysts said`, `Democrats argue`, `Police said`. */
export const GROUP_NOUNS = new Set([
  'people', 'officials', 'analysts', 'experts', 'economists', 'critics', 'supporters', 'opponents', 'voters',
  'democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'independents', 'lawmakers', 'legislators',
  'senators', 'members', 'leaders', 'residents', 'witnesses', 'sources', 'aides', 'advisers', 'advisors',
  'investigators', 'prosecutors', 'police', 'authorities', 'diplomats', 'researchers', 'scientists', 'activists',
  'organizers', 'organisers', 'protesters', 'demonstrators', 'traders', 'dealers', 'brokers', 'investors', 'bankers',
  'strategists', 'observers', 'insiders', 'delegates', 'donors', 'backers', 'operatives', 'staffers', 'employees',
  'workers', 'students', 'teachers', 'parents', 'doctors', 'nurses', 'farmers', 'veterans', 'families', 'relatives',
  'friends', 'neighbors', 'neighbours', 'allies', 'rivals', 'candidates', 'pollsters', 'consultants', 'lawyers',
  'attorneys', 'judges', 'officers', 'troops', 'soldiers', 'fans', 'viewers', 'readers', 'listeners', 'users',
  'customers', 'consumers', 'citizens', 'americans', 'evangelicals', 'catholics', 'muslims', 'christians', 'jews',
  'immigrants', 'refugees', 'migrants', 'women', 'men', 'children', 'kids', 'others', 'many', 'some', 'few', 'both',
  'several', 'participants', 'attendees', 'organizations', 'groups', 'companies', 'firms', 'banks', 'governments',
  'agencies', 'spokesmen', 'spokespeople', 'clerics', 'commentators', 'journalists', 'reporters', 'pundits',
  'historians', 'scholars', 'academics', 'executives', 'managers', 'owners', 'founders', 'crowd', 'audience',
  'protestors', 'marchers', 'environmentalists', 'conservationists', 'forecasters', 'planners', 'regulators',
  'ministers', 'negotiators', 'mediators', 'monitors', 'inspectors', 'auditors', 'accountants', 'engineers',
  'physicians', 'surgeons', 'specialists', 'advocates', 'campaigners', 'lobbyists', 'unionists', 'skeptics',
  'sceptics', 'detractors', 'defenders', 'proponents', 'fellow', 'colleagues', 'partners', 'hardliners', 'moderates',
  'centrists', 'populists', 'nationalists', 'socialists', 'libertarians', 'rebels', 'militants', 'insurgents',
  'fighters', 'guerrillas', 'separatists', 'villagers', 'locals', 'townspeople', 'tenants', 'homeowners', 'landlords',
  'shoppers', 'drivers', 'passengers', 'pilots', 'crews', 'delegations', 'signatories', 'petitioners', 'plaintiffs',
  'defendants', 'jurors', 'panelists',
]);

/** Organisations by what they are: `the bank said`, `the broadcaster said in a statement`, `His office said`. */
export const ORGANISATION_NOUNS = new Set([
  'company', 'firm', 'corporation', 'bank', 'lender', 'insurer', 'ministry', 'department', 'agency', 'bureau',
  'office', 'government', 'administration', 'cabinet', 'presidency', 'kremlin', 'pentagon', 'embassy', 'consulate',
  'mission', 'newspaper', 'paper', 'daily', 'weekly', 'tabloid', 'magazine', 'broadcaster', 'network', 'channel',
  'station', 'outlet', 'publication', 'website', 'site', 'campaign', 'committee', 'board', 'council', 'commission',
  'panel', 'court', 'tribunal', 'party', 'union', 'group', 'organization', 'organisation', 'institute', 'foundation',
  'association', 'federation', 'coalition', 'alliance', 'movement', 'charity', 'church', 'body', 'watchdog',
  'regulator', 'exchange', 'fund', 'service', 'utility', 'airline', 'carrier', 'retailer', 'manufacturer', 'maker',
  'carmaker', 'automaker', 'producer', 'supplier', 'operator', 'publisher', 'studio', 'team', 'club', 'league',
  'university', 'college', 'school', 'hospital', 'army', 'military', 'navy', 'regime', 'junta', 'parliament',
  'congress', 'senate', 'legislature', 'assembly', 'secretariat', 'delegation', 'caucus', 'chamber', 'city', 'state',
  'county', 'district', 'province', 'municipality', 'authority', 'conglomerate', 'giant', 'startup', 'chain', 'brand',
  'label', 'house', 'think-tank', 'tank', 'lobby', 'nonprofit', 'non-profit', 'ngo', 'pac', 'super-pac', 'subsidiary',
  'unit', 'division', 'arm', 'wing', 'staff', 'prosecution', 'defense', 'defence', 'police', 'force', 'brigade',
  'battalion', 'command', 'headquarters', 'observatory', 'monitor', 'editorial', 'desk', 'bloc', 'opposition',
  'majority', 'minority', 'white', 'teams', 'groups', 'firms',
]);

/** Documents and other texts that are quoted: `the report said`, `the memo says`, `the court filing says`. */
export const DOCUMENT_NOUNS = new Set([
  'report', 'memo', 'memorandum', 'statement', 'filing', 'suit', 'lawsuit', 'complaint', 'letter', 'ad',
  'advertisement', 'commercial', 'spot', 'document', 'documents', 'study', 'survey', 'poll', 'editorial', 'release',
  'audit', 'order', 'ruling', 'decision', 'opinion', 'indictment', 'email', 'e-mail', 'emails', 'tweet', 'post',
  'message', 'note', 'text', 'transcript', 'book', 'article', 'column', 'essay', 'story', 'bill', 'law',
  'legislation', 'proposal', 'plan', 'platform', 'resolution', 'petition', 'sign', 'signs', 'banner', 'video', 'page',
  'manifesto', 'constitution', 'treaty', 'agreement', 'guidelines', 'policy', 'regulation', 'warrant', 'affidavit',
  'motion', 'brief', 'verdict', 'dossier', 'analysis', 'assessment', 'review', 'findings', 'summary', 'draft',
  'communique', 'declaration', 'notice', 'announcement', 'speech', 'remarks', 'testimony', 'interview', 'headline',
  'caption', 'label', 'website', 'blog', 'chart', 'graphic', 'slide', 'presentation', 'tweets', 'posts', 'messages',
  'letters', 'reports', 'filings', 'cable', 'cables', 'file', 'files', 'record', 'records', 'minutes', 'budget',
  'forecast', 'projection', 'estimate', 'index', 'figures', 'data', 'prospectus', 'leaflet', 'flyer', 'pamphlet',
  'brochure', 'mailer', 'script', 'lyrics', 'song', 'film', 'documentary', 'episode', 'show', 'program', 'programme',
  'broadcast', 'podcast', 'newsletter', 'bulletin', 'circular', 'directive', 'decree', 'edict', 'charter', 'contract',
  'deal', 'pact', 'accord', 'will', 'obituary', 'eulogy', 'tribute', 'citation', 'subpoena', 'appeal',
]);


/** What a person says or writes, as a noun: `Trump's accusation that Clinton is playing the "woman's card"` is Trump's. */
export const SPEECH_NOUNS = new Set([
  'assertion', 'accusation', 'pledge', 'comment', 'comments', 'claim', 'claims', 'remark', 'remarks', 'statement',
  'promise', 'vow', 'call', 'warning', 'description', 'words', 'phrase', 'slogan', 'catchphrase', 'insistence',
  'suggestion', 'argument', 'charge', 'allegation', 'characterization', 'characterisation', 'criticism', 'praise',
  'response', 'reply', 'answer', 'tweet', 'tweets', 'message', 'question', 'demand', 'plea', 'proposal', 'prediction',
  'joke', 'quip', 'boast', 'complaint', 'announcement', 'declaration', 'speech', 'testimony', 'assessment', 'view',
  'contention', 'rhetoric', 'attack', 'attacks', 'insult', 'label', 'nickname', 'refrain', 'mantra', 'motto', 'pitch',
  'explanation', 'defense', 'defence', 'denial', 'admission', 'apology', 'retort', 'rebuttal', 'observation',
  'belief', 'opinion', 'verdict', 'account', 'version', 'recollection', 'lament', 'threat', 'vision', 'diagnosis',
  'judgment', 'judgement', 'conclusion', 'finding', 'findings', 'recommendation', 'advice', 'criticisms', 'line',
  'lines', 'promises', 'pledges', 'accusations', 'allegations', 'assurances', 'assurance', 'depiction', 'portrayal',
  'dismissal', 'endorsement',
]);
