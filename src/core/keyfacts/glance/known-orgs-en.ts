/**
 * Companies and services that news names by one word and that no cue types: "Facebook", "Netflix",
 * "Nintendo". Left out: those that are mostly common words or people's names in English text (Apple
 * is kept: capitalised inside a sentence it is the company; Ford, Shell, Target, Amazon are not).
 */
export const KNOWN_COMPANIES = new Set(
  ('Google|Alphabet|Facebook|Meta|Instagram|WhatsApp|Twitter|TikTok|Snapchat|YouTube|Netflix|Spotify|Reddit|LinkedIn|' +
    'Tumblr|Pinterest|Telegram|WeChat|Weibo|Microsoft|Apple|Samsung|Hyundai|Kia|Sony|Nintendo|Panasonic|Toshiba|Hitachi|' +
    'Huawei|Xiaomi|Lenovo|Alibaba|Tencent|Baidu|ByteDance|OpenAI|Anthropic|Nvidia|Intel|Qualcomm|Oracle|Cisco|Dell|' +
    'Tesla|SpaceX|Uber|Lyft|Airbnb|PayPal|eBay|Yahoo|Verizon|Vodafone|Mozilla|Disney|Warner|Paramount|Walmart|Costco|' +
    'Starbucks|Nike|Adidas|Toyota|Honda|Nissan|Volkswagen|Renault|Peugeot|Fiat|Ferrari|Porsche|Boeing|Airbus|Pfizer|' +
    'Moderna|AstraZeneca|Novartis|Nestle|Nestlé|Unilever|Siemens|Bosch|Philips|Ikea|IKEA|Zara|Gucci|Prada|Chanel|' +
    'Goldman|JPMorgan|Citigroup|Barclays|Deutsche|Santander|Mastercard|Visa|FedEx|Kakao|Naver|Coupang|Hanwha|Lotte|' +
    'Doosan|Nexon|Krafton|Netmarble|Gallup|Ipsos|YouGov|Nielsen|Kotaku|Gizmodo|Wikipedia|Bloomberg|Reuters|Forbes|Politico|Axios|Vox|Buzzfeed|BuzzFeed').split('|'),
);

/**
 * Bodies that world news names often and whose words no cue reads (enKnownBodies): armed groups,
 * movements, aid and rights organisations, international bodies ("the Islamic State", "Hezbollah",
 * "Amnesty International", "Human Rights Watch"). "State", "International", "Watch" are a title's or a
 * common word elsewhere.
 */
export const KNOWN_BODIES = new Set([
  'Islamic State', 'Islamic Jihad', 'Hezbollah', 'Hizbollah', 'Taliban', 'Al Qaeda', 'Al-Qaeda', 'Al-Qaida', 'Boko Haram', 'Al-Shabaab',
  'Al Shabaab', 'Houthis', 'Muslim Brotherhood', 'Wagner Group', 'Red Cross', 'Red Crescent', 'Amnesty International', 'Human Rights Watch',
  'Doctors Without Borders', 'Médecins Sans Frontières', 'Greenpeace', 'Oxfam', 'Save the Children', 'Transparency International',
  'Reporters Without Borders', 'Interpol', 'Europol', 'Frontex', 'Kremlin', 'Politburo', 'Bundestag', 'Knesset', 'Duma', 'Hamas',
  'Fatah', 'World Bank', 'Mossad', 'Stasi', 'Gestapo', 'Extinction Rebellion', 'Black Lives Matter',
]);

/**
 * Political parties that world news names by a name no cue reads, and their acronyms (enKnownParties):
 * "Sinn Féin", "Likud", "Fidesz", "Komeito", "Zanu-PF", "the ANC", "the AfD". Not those named by a
 * common word too ("Renaissance", "Jubilee", "Congress", "Reform", "PAN", "DA"), nor parties whose name
 * has "Party" in it, which the cues read already. "DPP" is also England's Director of Public
 * Prosecutions, an office the labelled sets count as an organisation too.
 */
export const KNOWN_PARTIES = new Set([
  'Sinn Féin', 'Sinn Fein', 'Fianna Fáil', 'Fianna Fail', 'Fine Gael', 'Plaid Cymru', 'Ukip', 'UKIP', 'Reform UK', 'DUP', 'SDLP', 'UUP',
  'Likud', 'Yesh Atid', 'Shas', 'Meretz', 'Kadima', 'Fidesz', 'Jobbik', 'Syriza', 'Podemos', 'Sumar', 'Chega', 'Vox', 'Lega', 'Forza Italia',
  'Fratelli d’Italia', "Fratelli d'Italia", 'Die Linke', 'AfD', 'CDU', 'CSU', 'SPD', 'FDP', 'PiS', 'En Marche', 'La France Insoumise',
  'Rassemblement National', 'Morena', 'PRI', 'Kuomintang', 'KMT', 'DPP', 'Komeito', 'LDP', 'CDPJ', 'Ishin', 'BJP', 'PTI', 'PML-N',
  'Awami League', 'UMNO', 'Pakatan Harapan', 'Barisan Nasional', 'Golkar', 'Gerindra', 'Pheu Thai', 'Bhumjaithai', 'Ennahda',
  'ANC', 'EFF', 'Zanu-PF', 'ZANU-PF', 'MDC', 'Frelimo', 'Renamo', 'Swapo', 'SWAPO', 'Fretilin', 'NDP', 'CCP',
]);
