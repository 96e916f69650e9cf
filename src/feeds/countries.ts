/**
 * Countries, for the feeds that give one in a field of its own: a country code or a country's name
 * → its ISO 3166-1 alpha-2 code, as an opening's `country` wants it. Only the WHOLE value is looked
 * up — never a word found inside a longer text ("Atlanta, Georgia" is no country) — in:
 * - ISO 3166-1 alpha-2 and alpha-3 codes, upper case ("DE", "DEU", "USA"; the table below, from
 *   Debian's iso-codes), of the 249 assigned countries;
 * - the names of those countries as the runtime's CLDR data writes them in English
 *   (`Intl.DisplayNames`: "Germany", "United Kingdom", "UK", "Côte d’Ivoire"), and in the
 *   document's language when one is given ("Deutschland" with "de");
 * - a few names in common use that CLDR spells otherwise (`COUNTRY_ALIASES`).
 * Names match without regard to case, accents, punctuation, "&"/"and" or a leading "The".
 */

/** Every assigned ISO 3166-1 code: alpha-2 then alpha-3, space-separated (Debian's iso-codes 4.15). */
const CODES =
  'ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO AQATA ARARG ASASM ATAUT AUAUS AWABW AXALA ' +
  'AZAZE BABIH BBBRB BDBGD BEBEL BFBFA BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN BOBOL BQBES ' +
  'BRBRA BSBHS BTBTN BVBVT BWBWA BYBLR BZBLZ CACAN CCCCK CDCOD CFCAF CGCOG CHCHE CICIV CKCOK ' +
  'CLCHL CMCMR CNCHN COCOL CRCRI CUCUB CVCPV CWCUW CXCXR CYCYP CZCZE DEDEU DJDJI DKDNK DMDMA ' +
  'DODOM DZDZA ECECU EEEST EGEGY EHESH ERERI ESESP ETETH FIFIN FJFJI FKFLK FMFSM FOFRO FRFRA ' +
  'GAGAB GBGBR GDGRD GEGEO GFGUF GGGGY GHGHA GIGIB GLGRL GMGMB GNGIN GPGLP GQGNQ GRGRC GSSGS ' +
  'GTGTM GUGUM GWGNB GYGUY HKHKG HMHMD HNHND HRHRV HTHTI HUHUN IDIDN IEIRL ILISR IMIMN ININD ' +
  'IOIOT IQIRQ IRIRN ISISL ITITA JEJEY JMJAM JOJOR JPJPN KEKEN KGKGZ KHKHM KIKIR KMCOM KNKNA ' +
  'KPPRK KRKOR KWKWT KYCYM KZKAZ LALAO LBLBN LCLCA LILIE LKLKA LRLBR LSLSO LTLTU LULUX LVLVA ' +
  'LYLBY MAMAR MCMCO MDMDA MEMNE MFMAF MGMDG MHMHL MKMKD MLMLI MMMMR MNMNG MOMAC MPMNP MQMTQ ' +
  'MRMRT MSMSR MTMLT MUMUS MVMDV MWMWI MXMEX MYMYS MZMOZ NANAM NCNCL NENER NFNFK NGNGA NINIC ' +
  'NLNLD NONOR NPNPL NRNRU NUNIU NZNZL OMOMN PAPAN PEPER PFPYF PGPNG PHPHL PKPAK PLPOL PMSPM ' +
  'PNPCN PRPRI PSPSE PTPRT PWPLW PYPRY QAQAT REREU ROROU RSSRB RURUS RWRWA SASAU SBSLB SCSYC ' +
  'SDSDN SESWE SGSGP SHSHN SISVN SJSJM SKSVK SLSLE SMSMR SNSEN SOSOM SRSUR SSSSD STSTP SVSLV ' +
  'SXSXM SYSYR SZSWZ TCTCA TDTCD TFATF TGTGO THTHA TJTJK TKTKL TLTLS TMTKM TNTUN TOTON TRTUR ' +
  'TTTTO TVTUV TWTWN TZTZA UAUKR UGUGA UMUMI USUSA UYURY UZUZB VAVAT VCVCT VEVEN VGVGB VIVIR ' +
  'VNVNM VUVUT WFWLF WSWSM YEYEM YTMYT ZAZAF ZMZMB ZWZWE';

/** Names in common use that CLDR's English names do not cover, by their folded form. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  usa: 'US',
  us: 'US',
  'united states of america': 'US',
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'czech republic': 'CZ',
  turkey: 'TR',
  holland: 'NL',
  'south korea': 'KR',
  'republic of korea': 'KR',
  'korea republic of': 'KR',
  russia: 'RU',
  'russian federation': 'RU',
  'viet nam': 'VN',
  vietnam: 'VN',
  'ivory coast': 'CI',
  macau: 'MO',
  macao: 'MO',
  'hong kong': 'HK',
  uae: 'AE',
  swaziland: 'SZ',
  burma: 'MM',
  'cape verde': 'CV',
  'cabo verde': 'CV',
  'north macedonia': 'MK',
  macedonia: 'MK',
  'mainland china': 'CN',
  'peoples republic of china': 'CN',
  'republic of ireland': 'IE',
  'slovak republic': 'SK',
  'east timor': 'TL',
};

const byCode = new Map<string, string>();
for (const pair of CODES.split(' ')) {
  byCode.set(pair.slice(0, 2), pair.slice(0, 2));
  byCode.set(pair.slice(2), pair.slice(0, 2));
}

/** A name as a lookup key: folded, lower case, "&" as "and", no punctuation, no leading "the". */
const nameKey = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');

/** Names by key, per language: built on first use from the runtime's CLDR data. */
const names = new Map<string, Map<string, string>>();

function namesIn(language: string): Map<string, string> {
  let table = names.get(language);
  if (table) return table;
  table = new Map();
  names.set(language, table);
  for (const style of ['long', 'short'] as const) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([language], { type: 'region', style, fallback: 'none' });
    } catch {
      break; // no Intl.DisplayNames, or no such language: codes and aliases still work
    }
    for (const code of new Set(byCode.values())) {
      const name = display.of(code);
      if (!name || name === code) continue;
      const key = nameKey(name);
      if (!table.has(key)) table.set(key, code);
    }
  }
  return table;
}

/**
 * The ISO 3166-1 alpha-2 code of a country a feed names in a field of its own ("DE", "DEU",
 * "Germany", "United States", "USA"), or `undefined` when the whole value is not one (see the
 * module's notes). `language`: the feed's language, whose names are tried after English.
 */
export function countryCode(value: unknown, language?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text || text.length > 80) return undefined;
  const code = /^[A-Z]{2,3}$/.test(text) ? byCode.get(text) : undefined;
  if (code) return code;
  const key = nameKey(text);
  if (!key) return undefined;
  const primary = language?.split('-')[0].toLowerCase();
  return (
    COUNTRY_ALIASES[key] ??
    namesIn('en').get(key) ??
    (primary && primary !== 'en' && /^[a-z]{2,3}$/.test(primary) ? namesIn(primary).get(key) : undefined)
  );
}
