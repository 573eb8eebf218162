/** English place gazetteer (Korea and the countries, regions and cities English news about Korea mentions most); Korean places are in places-ko.ts. */

export const EN_PLACES = new Set(
  ('Korea|South Korea|North Korea|Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Ulsan|Sejong|Jeju|Gyeonggi|' +
    'Gangwon|Pyongyang|Panmunjom|Kaesong|Ukraine|Russia|Moscow|Kyiv|China|Beijing|Shanghai|Hong Kong|Taiwan|' +
    'Japan|Tokyo|Osaka|United States|United States of America|USA|US|U.S.|America|Washington|New York|California|Texas|Florida|' +
    'Los Angeles|Chicago|Canada|Mexico|Brazil|Argentina|Britain|UK|U.K.|England|London|Scotland|Wales|' +
    'Ireland|France|Paris|Germany|Berlin|Italy|Rome|Spain|Madrid|Barcelona|Portugal|Netherlands|Holland|' +
    'Belgium|Switzerland|Sweden|Norway|Poland|Turkey|Israel|Gaza|Iran|Iraq|Syria|Saudi Arabia|Egypt|India|' +
    'Pakistan|Afghanistan|Vietnam|Hanoi|Thailand|Singapore|Indonesia|Philippines|Malaysia|Australia|' +
    'Sydney|Melbourne|New Zealand|Africa|Europe|Asia|Indo-Pacific|Korean Peninsula|Middle East|' +
    'ROK|DPRK|Nigeria|Kenya|South Africa|Mongolia|Kazakhstan|LA|Boston|Manchester|Liverpool|Toronto|Atlanta|Miami|' +
    'Houston|Dallas|Philadelphia|Detroit|Seattle|Denver|San Francisco|Las Vegas|Oakland|Cleveland|Vancouver|Montreal|' +
    'Milan|Munich|Amsterdam|Vienna|Brussels|Geneva|Dubai|Mumbai|New Delhi|Delhi|Jakarta|Manila|Bangkok|Cairo|Tehran|' +
    'Baghdad|Kabul|Havana|Istanbul|Athens|Warsaw|Prague|Budapest|Stockholm|Oslo|Copenhagen|Helsinki|Lisbon|Dublin|' +
    'Edinburgh|Glasgow|Cardiff|Belfast|Wellington|Auckland|Seville|Valencia|Naples|Turin|Florence|Venice|Hamburg|' +
    'Frankfurt|Lyon|Marseille|Nice|Kyoto|Nagoya|Fukuoka|Sapporo|Okinawa|Hokkaido|Taipei|Macau|Guangzhou|Shenzhen|' +
    'Wuhan|Vladivostok|Hawaii|Alaska|Virginia|Georgia|Ohio|Michigan|Illinois|Arizona|Nevada|Oregon|Colorado|Kansas|' +
    'Missouri|North Carolina|South Carolina|Tennessee|Kentucky|Louisiana|Alabama|Mississippi|Massachusetts|' +
    'New Jersey|Pennsylvania|Maryland|Minnesota|Wisconsin|Indiana|Iowa|Utah|Oklahoma|Guam|Yongsan|Gangnam|' +
    'Pohang|Changwon|Suwon|Goyang|Seongnam|Chuncheon|Gangneung|Jeonju|Cheongju|Andong|Gyeongju|Yeosu|Mokpo|' +
    'Pyeongtaek|Paju|Yeonpyeong|Dokdo|Wales|Scotland|Belgium|Croatia|Slovakia|Slovenia|Serbia|Hungary|Austria|' +
    'Denmark|Finland|Greece|Romania|Bulgaria|Czech Republic|Chile|Colombia|Peru|Venezuela|Cuba|Qatar|UAE|Jordan|' +
    'Lebanon|Yemen|Libya|Sudan|Ethiopia|Ghana|Morocco|Algeria|Tunisia|Myanmar|Cambodia|Laos|Nepal|Bangladesh|' +
    'Sri Lanka|Uzbekistan|Belarus|Georgia|Armenia|Azerbaijan|Crimea|Donbas|West Bank|Lebanon|Somerset|Leicestershire|' +
    'Worcestershire|Yorkshire|Kent|Essex|Surrey|Sussex|Devon|Cornwall|Brazil|Earth|Pacific|Atlantic|Arctic|Antarctica|Europe').split('|'),
);

/** Upper-case abbreviations that are things, not organisations. */
export const NOT_ORG_ACRONYM = new Set('DNA RNA AI IT TV CEO CFO GDP USB LED CCTV SNS PC OS GPS VR AR CPU GPU ICT PM AM UV ID OK MRI CT PCR TNT LPG LNG EV SUV ESG ETF IPO KST GMT UTC'.split(' '));
