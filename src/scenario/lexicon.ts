/**
 * The actor lexicon: who fights in the theater, the names news copy gives
 * them, and their side. Capitals outside the theater (Tehran, Moscow,
 * Washington) are names of governments here, never places.
 */
import type { Side } from '../rules/scenario';

export interface ActorEntry {
  id: string;
  name: string;
  side: Side | null;
  role: string;
  /** Matched case-insensitively as whole words, except all-capital aliases (US, IS, SDF), matched as written. */
  aliases: string[];
}

export interface PersonEntry {
  id: string;
  name: string;
  aliases: string[];
  /** The actor the person belongs to. */
  actor: string;
  /** A leader of the Islamic State becomes a leader token; value 2 for the group's head. */
  leaderValue?: number;
  role: string;
}

export const ACTORS: readonly ActorEntry[] = [
  {
    id: 'sdf', name: 'SDF', side: 'coalition', role: 'Syrian Democratic Forces: the coalition\u2019s ground forces',
    aliases: ['SDF', 'Syrian Democratic Forces', 'U.S.-backed militias', 'US-backed militias', 'U.S.-backed forces', 'US-backed forces', 'U.S.-backed fighters', 'Kurdish-led', 'Kurdish YPG', 'YPG', 'Kurdish fighters', 'Arab-Kurdish alliance'],
  },
  {
    id: 'us', name: 'US', side: 'coalition', role: 'United States and the coalition: air power and intelligence',
    aliases: ['U.S.', 'US', 'USA', 'United States', 'Americans', 'American', 'American forces', 'Washington', 'Pentagon', 'coalition', 'U.S.-led coalition', 'US-led coalition', 'Central Command', 'CENTCOM', 'U.S. Central Command', 'Trump administration'],
  },
  {
    id: 'iraqi-forces', name: 'Iraqi forces', side: 'coalition', role: 'Iraqi Security Forces, fighting with coalition air support',
    aliases: ['Iraqi forces', 'Iraqi Security Forces', 'Iraqi army', 'Iraqi troops', 'Iraqi soldiers', 'Counter Terrorism Service', 'Iraqi government', 'Baghdad', 'Peshmerga', 'Kurdish Peshmerga'],
  },
  {
    id: 'syrian-government', name: 'Syrian government', side: 'regime', role: 'the Syrian Arab Army and the government in Damascus',
    aliases: ['Syrian government', 'Syrian regime', 'the regime', 'Assad regime', 'Assad', 'Bashar Assad', 'Bashar al-Assad', 'President Bashar Assad', 'Syrian army', 'Syrian Arab Army', 'Syrian troops', 'government forces', 'pro-government forces', 'pro-government militia', 'pro-government militias', 'pro-government fighters', 'pro-government alliance', 'Syrian soldiers', 'Syrian personnel', 'Syrian military', 'regime forces', 'Syrian-led', 'Tiger Forces', 'Damascus'],
  },
  {
    id: 'russia', name: 'Russia', side: 'regime', role: 'Russian air support for the regime',
    aliases: ['Russia', 'Russian', 'Russians', 'Moscow', 'Kremlin', 'Russian forces', 'Russian jets', 'Russian warplanes'],
  },
  {
    id: 'iran-militias', name: 'Iran-backed militias', side: 'regime', role: 'Iranian and Iran-backed Shiite militias: semi-autonomous, they may provoke incidents',
    aliases: ['Iran-backed militias', 'Iranian-backed militias', 'Iranian Shiite paramilitaries', 'Iranian troops', 'Iranian forces', 'Iranian-backed', 'Iran', 'Tehran', 'Hezbollah', 'Shiite militias', 'Shia militias', 'paramilitary groups', 'paramilitaries', 'Popular Mobilization Forces', 'Popular Mobilization Units', 'PMF', 'PMU', 'Hashd al-Shaabi', 'Revolutionary Guard', 'IRGC', 'Quds Force'],
  },
  {
    id: 'islamic-state', name: 'Islamic State', side: 'islamicState', role: 'the jihadi group and its self-styled caliphate',
    aliases: ['Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh', 'Daech', 'the group', 'jihadi group', 'jihadist group', 'jihadists', 'jihadis', 'militants', 'the caliphate', 'caliphate'],
  },
  {
    id: 'turkey', name: 'Turkey', side: null, role: 'not a player: a tension track whose events slow the SDF',
    aliases: ['Turkey', 'Turkish', 'Turks', 'Ankara', 'Turkish military', 'Turkish-backed'],
  },
];

export const PERSONS: readonly PersonEntry[] = [
  { id: 'baghdadi', name: 'Abu Bakr al-Baghdadi', aliases: ['Abu Bakr al-Baghdadi', 'al-Baghdadi', 'Baghdadi', 'Abu Bakr'], actor: 'islamic-state', leaderValue: 2, role: 'the self-styled caliph' },
  { id: 'adnani', name: 'Abu Muhammad al-Adnani', aliases: ['Abu Muhammad al-Adnani', 'Abu Mohammad al-Adnani', 'al-Adnani'], actor: 'islamic-state', leaderValue: 1, role: 'spokesman' },
  { id: 'muhajir', name: 'Abu al-Hassan al-Muhajir', aliases: ['Abu al-Hassan al-Muhajir', 'Abu Hassan al-Muhajir', 'al-Muhajir'], actor: 'islamic-state', leaderValue: 1, role: 'spokesman' },
  { id: 'turkmani', name: 'Abu Muslim al-Turkmani', aliases: ['Abu Muslim al-Turkmani', 'al-Turkmani'], actor: 'islamic-state', leaderValue: 1, role: 'deputy' },
  { id: 'townsend', name: 'Stephen Townsend', aliases: ['Stephen Townsend', 'Townsend'], actor: 'us', role: 'top coalition commander' },
  { id: 'mattis', name: 'Jim Mattis', aliases: ['Jim Mattis', 'James Mattis', 'Mattis'], actor: 'us', role: 'U.S. defense secretary' },
  { id: 'trump', name: 'Donald Trump', aliases: ['Donald Trump', 'Trump'], actor: 'us', role: 'U.S. president' },
  { id: 'obama', name: 'Barack Obama', aliases: ['Barack Obama', 'Obama'], actor: 'us', role: 'U.S. president' },
  { id: 'putin', name: 'Vladimir Putin', aliases: ['Vladimir Putin', 'Putin'], actor: 'russia', role: 'Russian president' },
  { id: 'soleimani', name: 'Qassem Soleimani', aliases: ['Qassem Soleimani', 'Qasem Soleimani', 'Soleimani'], actor: 'iran-militias', role: 'Quds Force commander' },
  { id: 'erdogan', name: 'Recep Tayyip Erdogan', aliases: ['Recep Tayyip Erdogan', 'Erdogan'], actor: 'turkey', role: 'Turkish president' },
  { id: 'abadi', name: 'Haider al-Abadi', aliases: ['Haider al-Abadi', 'al-Abadi', 'Abadi'], actor: 'iraqi-forces', role: 'Iraqi prime minister' },
];

/**
 * Capitalized words and names that are known but name nothing on the map or
 * among the actors: they are not reported as unknown.
 */
export const KNOWN_NAMES: readonly string[] = [
  // Publications and agencies.
  'Washington Times', 'Washington Post', 'New York Times', 'Wall Street Journal', 'Associated Press', 'Reuters', 'Agence France-Presse', 'AFP', 'BBC', 'CNN', 'Al Jazeera', 'Syrian Observatory for Human Rights', 'SOHR', 'SANA',
  // Countries, regions and rivers outside the map's places.
  'Syria', 'Iraq', 'Jordan', 'Lebanon', 'Israel', 'Saudi Arabia', 'Europe', 'Middle East', 'southern Syria', 'northern Syria', 'eastern Syria', 'northern Iraq', 'western Iraq', 'Anbar', 'Nineveh', 'Kurdistan', 'Euphrates', 'Euphrates River', 'Tigris', 'Tigris River', 'Khabur', 'Khabur River', 'Lake Assad',
  // Demonyms and creeds.
  'Syrian', 'Syrians', 'Iraqi', 'Iraqis', 'Iranian', 'Arab', 'Arabs', 'Sunni', 'Shiite', 'Shia', 'Islamic', 'Muslim', 'Muslims', 'Kurd', 'Kurds', 'Kurdish', 'Yazidi', 'French', 'British', 'German', 'European', 'Australian', 'Canadian', 'Jordanian', 'Saudi', 'Lebanese', 'Israeli', 'Yazidis', 'Western', 'Democrats', 'Republicans',
  // Titles, ranks and institutions.
  'Lt.', 'Gen.', 'Lt. Gen.', 'Maj. Gen.', 'Brig.', 'Brig. Gen.', 'Col.', 'Maj.', 'Capt.', 'Sgt.', 'Adm.', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'President', 'Prime Minister', 'Secretary', 'Defense Secretary', 'Congress', 'Senate', 'Army', 'Marines', 'Air Force', 'Operation Inherent Resolve', 'Inherent Resolve', 'Wrath of Euphrates', 'Operation Wrath of Euphrates', 'Cizire Storm', 'Operation Cizire Storm', 'Combined Joint Task Force',
  // Calendar.
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Christmas', 'Ramadan', 'Eid',
];
