/**
 * English context cues that type a capitalised run: the word before it ("the", "in"), the word
 * after it ("striker", "boss"), and words that never belong to a person's name.
 */

/** A run right after one of these is where something happens: "in Seoul", "at Goodison Park". */
export const PLACE_BEFORE = new Set('in|at|from|near|across|outside|inside|into|around|throughout|to|visited|visiting|toward|towards'.split('|'));

/**
 * A run right before one of these is a sports team: "Sunderland striker", "Barcelona boss",
 * "England international". Not "side"/"team"/"squad": "Coleman's side" names the manager.
 */
export const TEAM_AFTER = new Set(
  ('striker|midfielder|defender|forward|goalkeeper|keeper|winger|full-back|centre-back|boss|manager|coach|captain|' +
    'fans|supporters|players|player|legend|outfit|youngster|international|loanee|academy|ace|pitcher|hitter|' +
    'slugger|outfielder|right-hander|left-hander|team-mates|teammates|team-mate|teammate').split('|'),
);

/** A run right after one of these is the other team of a match: "against Valencia", "beat Everton". */
export const TEAM_BEFORE = new Set('against|beat|beating|beaten|v|vs|vs.|defeated|thrashed'.split('|'));

/** Words that name an event or a period, not an organisation: "Champions League", "Bank Holiday". */
export const EVENT_WORDS = new Set('Election|Elections|Referendum|Cup|Championship|Championships|Olympics|Olympic|Games|Holiday|Day|Awards|Festival|Classic|Series|Open|Expo|Exhibition|Derby|Week|Season|Grand|Prix|Qualifier|Final|Finals|Marathon|Rally|Tour|Trophy|Masters|Invitational'.split('|'));
/** Tournaments named like leagues (the leagues themselves, "Premier League", are organisations). */
export const TOURNAMENTS = new Set(['Champions League', 'Europa League', 'Nations League', 'Europa Conference League', 'Conference League', 'Asian Champions League', 'AFC Champions League']);

/** Capitalised in captions and headlines, never part of a name. */
export const NOT_NAME_WORDS = new Set(
  ('There|Here|Under|Talk|So|Scroll|Down|Video|Pictured|Above|Below|Left|Right|Photo|File|Lady|First|Big|Little|' +
    'Then|Now|Just|Only|Yes|No|Not|What|Why|How|Who|Where|Which|Every|All|Both|Each|Such|Even|Still|Yet|Very|' +
    'Group|Division|Section|Round|Stage|Level|Phase|Part|Chapter|Article|Page|Episode|Season|Year|Week|Month').split('|'),
);

/** Words that make "South London", "north Wales" a direction inside a place. */
export const DIRECTIONS = new Set('North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest|north|south|east|west|northern|southern|eastern|western|central'.split('|'));

/** Organisation heads that alone are a common noun ("the Government said"), not a name. */
export const GENERIC_HEADS = new Set(
  'Ministry|Agency|Group|Government|Department|Office|Service|Company|Court|Police|Army|Navy|Forces|Force|Command|Council|Committee|Commission|Association|Party|Union|Institute|Center|Centre|Foundation|Board|Bureau|Authority|Administration|Hospital|School|College|Academy|University|Bank|Fund|Club|Network|Studio|Studios|Fleet|Media|Music|Daily|Online|House|Cabinet|Corporation|Corp|Inc|Co|Ltd|Holdings|Industries'.split('|'),
);

/** First words of clubs named by their city, known outside sports pages: "Real Madrid", "Bayern Munich", "Inter Milan". */
export const CLUB_OPENERS = new Set('Real|Atletico|Atlético|Athletic|Sporting|Dynamo|Dinamo|Inter|AC|AS|Bayern|Borussia|Olympique|Racing|Deportivo|Rapid|Spartak|Lokomotiv|CSKA|Partizan|Shakhtar|Hertha|Eintracht|Werder|Fortuna|Hapoel|Maccabi|Slavia|Sparta|Ferencváros|Galatasaray|Fenerbahçe|Besiktas|Beşiktaş'.split('|'));
/** Last words of sports club names: "Manchester United", "Blackburn Rovers", "Boca Juniors". */
export const CLUB_ENDINGS = new Set('United|Rovers|Athletic|Athletics|Juniors|Albion|Wanderers|Hotspur|Rangers|Celtic|Villa|Argyle|Orient|Dinos|Heroes|Tigers|Lions|Eagles|Giants|Twins|Wyverns|Landers|Bears'.split('|'));

/** Nouns after a run that make it an organisation: "an Asda supermarket", "Tory MP", "Ukip candidate". */
export const ORG_KIND_AFTER = new Set(
  ('supermarket|supermarkets|store|stores|retailer|chain|brand|carmaker|automaker|airline|airlines|firm|company|' +
    'conglomerate|newspaper|magazine|broadcaster|website|app|MP|MPs|MEP|MEPs|councillor|councillors|candidate|candidates|lawmakers').split('|'),
);
/**
 * Nouns for a group of people acting together, after a run: "the Islamic State group", "the Houthi
 * militia", "the Fatah faction" (enGroupNouns). Not "groups": "ethnic groups", "age groups" are kinds.
 */
export const GROUP_KIND_AFTER = new Set('group|militia|militias|faction'.split('|'));
/** One capitalised adjective before a group noun is a kind of group: "Ethnic group", "Regional group", "Islamic faction". */
export const ADJECTIVE_SHAPE = /^[A-Z][a-z]+(?:ic|al|ive|ous|ary|ist)$/;
/** Nouns before a run that make it an organisation: "the medical journal Pediatrics", "broadcaster SBS". */
export const ORG_KIND_BEFORE = new Set('journal|newspaper|magazine|broadcaster|retailer|carmaker|automaker|airline|firm|company|conglomerate|tabloid|daily|outlet|network'.split('|'));
/** Nouns after a run that make it a place: "his Hereford constituency", "the Sendai area". */
export const PLACE_KIND_AFTER = new Set('constituency|county|province|prefecture|region|district|village|town|city|suburb|neighbourhood|neighborhood|area|coast|countryside'.split('|'));
/** After a place name only (a person's "club" is where they play): "Barcelona club president". */
export const PLACE_TEAM_AFTER = new Set(['club', 'clubs']);

/** Words opening the title of a list or guide ("Best Tents", "Top Stories"), not a name, when it ends in a plural. */
export const RANKING_WORDS = new Set('Best|Top|Greatest|Worst|Latest|Favorite|Favourite'.split('|'));
/** "Thousands of US and Filipino troops": a quantity opening a sentence is no part of the name after it. */
export const QUANTITY_WORDS = new Set('Thousands|Hundreds|Dozens|Millions|Billions|Scores|Tens'.split('|'));
/** Capitalised adjectives of people ("the first Black player"), never a name alone. */
export const PEOPLE_ADJECTIVES = new Set(['Black', 'White', 'Brown', 'Indigenous', 'Native']);
/** Events named after a bowl game ("Super Bowl I"); the other event words are in EVENT_WORDS. */
export const MORE_EVENT_WORDS = new Set(['Bowl']);
/** Shows, fairs and summits are events ("Paris Motor Show", "Frankfurt Book Fair", "G20 Summit"): enEventShows. */
export const SHOW_WORDS = new Set(['Show', 'Shows', 'Fair', 'Fairs', 'Summit']);
/** "Fianna Fáil-led", "Kremlin-backed": a hyphenated modifier after a name, which it does not belong to. */
export const HYPHEN_MODIFIER = /-(?:led|backed|based|owned|run|funded|controlled|linked|allied|aligned|affiliated|sponsored|dominated)$/;
/**
 * Last words of places beyond PLACE_WORDS: "Gaza Strip", "Los Angeles Coliseum". Not the heads that
 * also end clubs or works ("Nottingham Forest", "Wuthering Heights").
 */
export const PLACE_HEADS = new Set('Strip|Coliseum|Plaza|Canyon|Coast|Ocean|Falls|Glacier|Volcano|Wetlands|Reservoir|Canal|Cathedral|Castle|Mosque'.split('|'));
/** First words of places: "Cape Town", "Mount Everest", "Lake Victoria" (not "Gulf": "Gulf War", "Gulf Air"). */
export const PLACE_OPENERS = new Set('Cape|Mount|Mt.|Lake|Isle|Fort'.split('|'));
/** Lower-case nouns for a person's role right before a name: "UCLA star Kenny Washington", "senior economist Andrew Hencic". */
export const PERSON_ROLE_BEFORE = new Set(
  ('star|actor|actress|singer|rapper|songwriter|comedian|author|novelist|writer|poet|artist|painter|economist|analyst|' +
    'quarterback|pitcher|striker|midfielder|defender|goalkeeper|forward|guard|boxer|golfer|swimmer|sprinter|skater|' +
    'journalist|reporter|columnist|photographer|historian|scientist|researcher|physicist|chemist|biologist|professor|' +
    'lawyer|attorney|architect|entrepreneur|investor|businessman|businesswoman|billionaire|activist|lawmaker|' +
    'spokesman|spokeswoman|spokesperson|director|producer|filmmaker|designer|chef|nurse|doctor|surgeon|teacher|pastor|priest|rabbi|imam').split('|'),
);
/**
 * Words of kinship: one capitalised word after one ("brother Jason") or set off by commas after one
 * ("his first wife, Sally, was dying") is a person's name, as a role noun is before a full name.
 * Not "partner" (a business partner is often a company).
 */
export const KIN_WORDS = new Set(
  ('wife|husband|son|daughter|brother|sister|mother|father|girlfriend|boyfriend|fiancé|fiancée|widow|widower|friend|' +
    'grandson|granddaughter|grandmother|grandfather|uncle|aunt|cousin|nephew|niece|stepson|stepdaughter|stepmother|stepfather').split('|'),
);
/**
 * More lower-case nouns of a person's role or tie before a name: offices ("chief executive Jensen
 * Huang", "leader Yoshihiko Noda", "area chief, Seshophe Hlajoane"), kin and friends ("her friend
 * Bianca Jones", "girlfriend Madison Dillion"), trades and positions ("beauty blogger Amber Katz",
 * "winger Javairo Dilrosun").
 */
export const MORE_PERSON_ROLES = new Set(
  ('executive|chief|officer|official|leader|commandant|founder|co-founder|owner|chairman|chairwoman|president|minister|premier|senator|governor|' +
    'mayor|ambassador|envoy|judge|prosecutor|detective|constable|sergeant|superintendent|commissioner|secretary|adviser|advisor|' +
    'editor|presenter|broadcaster|anchor|blogger|influencer|musician|guitarist|drummer|pianist|composer|conductor|dancer|cheerleader|' +
    'coach|manager|captain|winger|full-back|centre-back|center-back|playmaker|teammate|team-mate|' +
    'wife|husband|son|daughter|brother|sister|mother|father|girlfriend|boyfriend|fiancé|fiancée|widow|friend|colleague|' +
    'student|pupil|teenager|resident|victim|suspect|defendant').split('|'),
);
/**
 * Verbs of speech after which "he" or "she" names the speaker's sex: "Mbumba said he considered …",
 * "Ebrard said she …". A one-word name before them is a person; a company "said it".
 */
export const SPEAKING_VERBS = new Set('said|says|told|tells|added|explained|noted|recalled|argued|insisted|admitted|claimed|believes|thinks|hopes'.split('|'));
