/**
 * Names as minutes write them, reduced to what identifies someone or something: honorifics,
 * ranks and post-nominals set aside, case, accents and punctuation ignored, "&" read as "and".
 */

/** Words before a name that are not part of it; kept as the person's honorific. */
const TITLE_WORDS = [
  'county councillor', 'councillor', 'cllr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor',
  'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'the reverend', 'the rev', 'reverend', 'revd', 'rev', 'father',
  'temporary', 'acting', 'interim',
  'police and crime commissioner', 'deputy police and crime commissioner',
  'chief constable', 'deputy chief constable', 'assistant chief constable', 'assistant commissioner', 'commander',
  'detective chief superintendent', 'chief superintendent', 'detective superintendent', 'superintendent',
  'detective chief inspector', 'chief inspector', 'detective inspector', 'inspector',
  'detective sergeant', 'sergeant', 'detective constable', 'police constable', 'special constable',
  'ch supt', 'ch. supt', 'c/supt', 'det supt', 'supt', 'ch insp', 'ch. insp', 'chief insp', 'det insp', 'det sgt', 'det con',
  'insp', 'sgt', 'c/i', 't/', 'a/',
];

/** Abbreviations only read as titles in capitals: "DI Smith" is a rank, "Di Jones" a name. */
const TITLE_ABBREVIATIONS = ['ACC', 'DCC', 'CC', 'DCS', 'DCI', 'DI', 'DS', 'DC', 'CI', 'PC', 'PCSO', 'PCC', 'DPCC', 'APCC'];

const POST_NOMINALS = ['MS', 'MP', 'AM', 'MSP', 'MLA', 'MEP', 'MBE', 'OBE', 'CBE', 'QPM', 'KPM', 'JP', 'DL', 'QC', 'KC', 'FRSA', 'PhD'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const TITLE = new RegExp(`^(?:${[...TITLE_WORDS].sort((a, b) => b.length - a.length).map(escape).join('|')})\\.?(?:\\s+|(?<=/))`, 'i');
const TITLE_ABBREVIATION = new RegExp(`^(?:${TITLE_ABBREVIATIONS.join('|')})\\.?\\s+`);
const POST_NOMINAL = new RegExp(`(?:,?\\s+(?:${POST_NOMINALS.join('|')}))+\\.?$`);

export interface PersonName {
  /** The name without honorific: "Phillip Ashby". */
  name: string;
  /** What stood before it, as written: "Chief Superintendent", "Cllr". */
  honorific: string | null;
}

/** "Chief Superintendent Phillip Ashby (PA)" → { name: "Phillip Ashby", honorific: "Chief Superintendent" }. */
export function splitPersonName(written: string): PersonName {
  let rest = tidy(written).replace(/\s*\([^)]*\)\s*$/, '').replace(/^[-–—•*\s]+|[\s,;:.-]+$/g, '');
  const titles: string[] = [];
  for (let guard = 0; guard < 4; guard++) {
    const m = TITLE.exec(rest) ?? TITLE_ABBREVIATION.exec(rest);
    // A title alone ("Mr", "Inspector") is all the name there is: keep it.
    if (!m || m[0].length >= rest.length) break;
    titles.push(m[0].trim());
    rest = rest.slice(m[0].length).trim();
  }
  rest = rest.replace(POST_NOMINAL, '').trim();
  return { name: rest, honorific: titles.length ? titles.join(' ') : null };
}

/** Collapses spaces and unifies quotes and dashes. */
export function tidy(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
}

/** Lowercase, without accents, apostrophes or punctuation; hyphens and "&" read as a space and "and". */
export function comparable(text: string): string {
  return tidy(text)
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The key two spellings of one person's name share: "Hannah Jenkins-Jones" = "hannah jenkins jones". */
export function personKey(written: string): string {
  return comparable(splitPersonName(written).name);
}

/** Initials of a name: "Hannah Jenkins-Jones" → "HJJ". */
export function initialsOf(name: string): string {
  return comparable(splitPersonName(name).name).split(' ').filter(Boolean).map((w) => w[0]!.toUpperCase()).join('');
}

const ORGANISATION_WORDS = /\b(police|council|team|board|group|panel|committee|forum|office|service|services|force|government|wales|england|scotland|ireland|university|college|school|trust|nhs|health|care|unit|department|dept|directorate|partnership|commission|commissioner|commissioners|authority|agency|network|association|society|charity|project|programme|centre|center|limited|ltd|plc|cic|members|member|officers|officer|secretariat|representatives|chair|chairman|clerk|all|each|every|partners|partner|attendees|colleagues|staff|sub-committee|protection|safety|justice|support|housing|community|communities|crime|victims?|women|youth|children|families|strategy|response|review|step|up|out|lead|leads|manager|director|executive|head)\b/i;

/** A word of a name: "Siân", "Jenkins-Jones", "O'Rourke", "McCarthy", an initial, a particle. */
const NAME_WORD = /^(?:\p{Lu}\p{Ll}+(?:['-]\p{Lu}?\p{Ll}+)*|(?:O'|Mc|Mac|D')\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\.?|de|da|van|von|der|la|le|ap)$/u;

/**
 * A written owner that reads as one person's name ("Danny Richards", "Cllr A Smith"), not a
 * team ("Commissioner's Team"), an organisation ("Safer Wales", "StreetLife") or initials ("NE").
 */
export function looksLikePersonName(written: string): boolean {
  const { name, honorific } = splitPersonName(written);
  if (!name || /[\d@/&:;]/.test(name) || name.length > 60 || ORGANISATION_WORDS.test(name)) return false;
  const words = name.split(' ');
  if (words.length > 4 || (words.length < 2 && !honorific)) return false;
  return words.every((w) => NAME_WORD.test(w)) && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w) || /^(O'|Mc|Mac|D')/.test(w));
}

export interface BodyName {
  /** The name without an acronym in brackets: "Police Accountability and Legitimacy Group". */
  name: string;
  /** "PALG" from "… (PALG)", when given. */
  acronym: string | null;
}

/** "Police Accountability and Legitimacy Group (PALG)" → the name and its acronym. */
export function splitAcronym(written: string): BodyName {
  const text = tidy(written);
  const m = /^(.*?)\s*\(\s*([A-Za-z0-9&-]{2,16})\s*\)\s*$/.exec(text);
  if (m && m[1] && /[A-Z]/.test(m[2]!)) return { name: m[1].trim(), acronym: m[2]! };
  return { name: text, acronym: null };
}

/** The key two spellings of a body's or organisation's name share: no brackets, "the", "&", case or punctuation. */
export function nameKey(written: string): string {
  return comparable(splitAcronym(written).name).replace(/^the /, '');
}

/** Initial letters of the words that count: "South Wales Police" → "SWP". */
export function acronymOf(name: string): string {
  return comparable(splitAcronym(name).name).split(' ')
    .filter((w) => w && !['of', 'and', 'the', 'for', 'on', 'in', 'to'].includes(w))
    .map((w) => w[0]!.toUpperCase()).join('');
}
