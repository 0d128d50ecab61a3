/**
 * Invented names: the demo's fictional force areas, their towns, and the people in them.
 * Nothing here is taken from real minutes; any likeness to a real person is chance.
 */
import type { Random } from './random.js';

/** One half of a force area's name, with a town in it for venues. */
interface Place {
  name: string;
  town: string;
}

// Area 1 is "Dyfnant and Ashmere"; areas 2–15 (for --scale) pair the others in order.
const WELSH_PLACES: readonly Place[] = [
  { name: 'Dyfnant', town: 'Pontdyfnant' },
  { name: 'Bro Morlais', town: 'Llanforlais' },
  { name: 'Glyndyfrig', town: 'Aberdyfrig' },
  { name: 'Cwm Arian', town: 'Trearian' },
  { name: 'Maesteilo', town: 'Pentreteilo' },
  { name: 'Penmarchog', town: 'Porth Marchog' },
  { name: 'Llanfeurig', town: 'Castell Feurig' },
  { name: 'Tawelan', town: 'Abertawelan' },
  { name: 'Bryn Eithin', town: 'Cefn Eithin' },
  { name: 'Nant Gwernol', town: 'Rhydwernol' },
  { name: 'Ystrad Celyn', town: 'Pontcelyn' },
  { name: 'Mynydd Bychan', town: 'Llwynbychan' },
  { name: 'Dolwen', town: 'Caerdolwen' },
  { name: 'Glan Hafren Isaf', town: 'Trefhafren' },
  { name: 'Coed Mawrth', town: 'Pen-y-mawrth' },
];

const ENGLISH_PLACES: readonly Place[] = [
  { name: 'Ashmere', town: 'Ashmere St Giles' },
  { name: 'Kestermoor', town: 'Kesterbridge' },
  { name: 'Wealdbury', town: 'Wealdbury Market' },
  { name: 'Thornleigh', town: 'Thornleigh Cross' },
  { name: 'Harrowfield', town: 'Harrowby' },
  { name: 'Brackenholme', town: 'Brackenford' },
  { name: 'Sallowmere', town: 'Sallow Green' },
  { name: 'Marlowdene', town: 'Dene Abbey' },
  { name: 'Fellbridge', town: 'Upper Fellbridge' },
  { name: 'Oakhollow', town: 'Hollow Bassett' },
  { name: 'Stourmoor', town: 'Stourholt' },
  { name: 'Wrenfield', town: 'Wrenham' },
  { name: 'Hollinsdale', town: 'Hollinsworth' },
  { name: 'Elmstead Vale', town: 'Elmstead' },
  { name: 'Corrowby', town: 'Corrow Quay' },
];

export interface AreaNames {
  /** "Dyfnant and Ashmere" */
  name: string;
  welsh: string;
  english: string;
  welshTown: string;
  englishTown: string;
  /** For e-mail domains: "dyfnantashmere". */
  slug: string;
  /** Added to body short names outside the first area: "" for area 1, then "2", "3"… */
  suffix: string;
}

// Beyond the fifteen areas above, names are compounded from these, so that every area's
// halves (and so its councils and charities) stay unique.
const WELSH_JOINED = ['Aber', 'Llan', 'Pont', 'Tre'];
const WELSH_SPACED = ['Cwm', 'Bryn', 'Glan', 'Pen', 'Nant', 'Maes'];
const WELSH_ROOTS = ['dyfrig', 'arian', 'teilo', 'marchog', 'feurig', 'tawel', 'eithin', 'gwernol', 'celyn', 'bychan', 'dolwen', 'hafren', 'mawrth', 'morlais', 'dyfnant'];
const ENGLISH_ROOTS = ['Ash', 'Kester', 'Weald', 'Thorn', 'Harrow', 'Bracken', 'Sallow', 'Marlow', 'Fell', 'Oak', 'Stour', 'Wren', 'Hollin', 'Elm', 'Corrow'];
const ENGLISH_SUFFIXES = ['mere', 'moor', 'bury', 'leigh', 'field', 'holme', 'dene', 'bridge', 'hollow', 'dale', 'ford', 'ham', 'worth', 'stead', 'by'];

function compounds(firsts: readonly string[], seconds: readonly string[], join: (a: string, b: string) => string, taken: readonly Place[]): string[] {
  const out: string[] = [];
  for (const b of seconds) for (const a of firsts) out.push(join(a, b));
  const used = new Set(taken.map((p) => p.name));
  return out.filter((name) => !used.has(name));
}

const MORE_WELSH = compounds([...WELSH_JOINED, ...WELSH_SPACED], WELSH_ROOTS, (a, b) => (WELSH_JOINED.includes(a) ? `${a}${b}` : `${a} ${b.charAt(0).toUpperCase()}${b.slice(1)}`), WELSH_PLACES);
const MORE_ENGLISH = compounds(ENGLISH_ROOTS, ENGLISH_SUFFIXES, (a, b) => `${a}${b}`, ENGLISH_PLACES);

/** Area k (1-based); distinct for every k, so that body and organisation names stay unique. */
export function areaNames(k: number): AreaNames {
  let welsh: Place;
  let english: Place;
  let round = 0;
  if (k <= WELSH_PLACES.length) {
    welsh = WELSH_PLACES[k - 1]!;
    english = ENGLISH_PLACES[k - 1]!;
  } else {
    const j = k - WELSH_PLACES.length - 1;
    const size = Math.min(MORE_WELSH.length, MORE_ENGLISH.length);
    round = Math.floor(j / size);
    const w = MORE_WELSH[j % size]!;
    const e = MORE_ENGLISH[(j * 7) % size]!;
    welsh = { name: w, town: w };
    english = { name: e, town: `${e} Market` };
  }
  const name = `${welsh.name} and ${english.name}${round > 0 ? ` ${round + 1}` : ''}`;
  const slugOf = (text: string) => ascii(text).toLowerCase().replace(/[^a-z0-9]+/g, '');
  return {
    name,
    welsh: `${welsh.name}${round > 0 ? ` ${round + 1}` : ''}`,
    english: `${english.name}${round > 0 ? ` ${round + 1}` : ''}`,
    welshTown: welsh.town,
    englishTown: english.town,
    slug: `${slugOf(welsh.name)}${slugOf(english.name)}${round > 0 ? round + 1 : ''}`,
    suffix: k === 1 ? '' : String(k),
  };
}

const WELSH_FIRST = [
  'Aled', 'Angharad', 'Bethan', 'Carys', 'Catrin', 'Cerys', 'Dafydd', 'Eirlys', 'Elin', 'Emyr', 'Ffion', 'Geraint',
  'Gethin', 'Gwenllian', 'Heledd', 'Huw', 'Ieuan', 'Iolo', 'Lowri', 'Mali', 'Nia', 'Osian', 'Owain', 'Rhian',
  'Rhodri', 'Siân', 'Sioned', 'Tomos', 'Llinos', 'Meirion',
];
const WELSH_SURNAMES = [
  'Bowen', 'Gruffydd', 'Hopkin', 'Llewellyn', 'Meredith', 'Parry', 'Powell', 'Pritchard', 'Prosser', 'Rees',
  'Vaughan', 'Watkins', 'Howells', 'Lloyd', 'Beddoe', 'Tudor', 'Gwynne', 'Protheroe', 'Bevan', 'Cadwaladr',
  'Maddocks', 'Pugh', 'ap Iorwerth', 'Rhydderch',
];
const ENGLISH_FIRST = [
  'Alison', 'Andrew', 'Benjamin', 'Claire', 'Daniel', 'Eleanor', 'Fiona', 'Gareth', 'Helen', 'Imogen', 'Jonathan',
  'Karen', 'Liam', 'Martin', 'Natalie', 'Oliver', 'Philippa', 'Rachel', 'Simon', 'Teresa', 'Victoria', 'William',
  'Harriet', 'Nicholas', 'Joanne', 'Stuart', 'Abigail', 'Kieran', 'Louise', 'Marcus',
];
const ENGLISH_SURNAMES = [
  'Ashworth', 'Bartram', 'Colley', 'Dunmore', 'Fairbank', 'Garside', 'Hartley', 'Kendrick', 'Lockwood', 'Marchant',
  'Nuttall', 'Ormerod', 'Pennington', 'Radcliffe', 'Sherwin', 'Thackeray', 'Underwood', 'Whitlock', 'Yardley',
  'Blakemore', 'Cattermole', 'Featherstone', 'Hebden', 'Ingham', 'Pilling', 'Royle', 'Stansfield', 'Tillotson',
];
// People of every background sit on these bodies.
const OTHER_NAMES: readonly (readonly [string, string])[] = [
  ['Amrit', 'Sandhu'], ['Farah', 'Qureshi'], ['Kwame', 'Mensah'], ['Tomasz', 'Nowakowski'], ['Oluwaseun', 'Adeyemi'],
  ['Priya', 'Raman'], ['Yusuf', 'Hassan'], ['Mei', 'Chow-Lindqvist'], ['Imran', 'Chaudhry'], ['Nadia', 'Okonkwo'],
  ['Hamza', 'Farouk'], ['Aisha', 'Bello'], ['Rajesh', 'Varma'], ['Zofia', 'Wisniewska'], ['Delroy', 'Campbell-Hart'],
];

const FEMALE = new Set([
  'Angharad', 'Bethan', 'Carys', 'Catrin', 'Cerys', 'Eirlys', 'Elin', 'Ffion', 'Gwenllian', 'Heledd', 'Lowri', 'Mali', 'Nia',
  'Rhian', 'Siân', 'Sioned', 'Llinos', 'Alison', 'Claire', 'Eleanor', 'Fiona', 'Helen', 'Imogen', 'Karen', 'Natalie',
  'Philippa', 'Rachel', 'Teresa', 'Victoria', 'Harriet', 'Joanne', 'Abigail', 'Louise', 'Farah', 'Priya', 'Mei', 'Nadia',
  'Aisha', 'Zofia',
]);

export interface PersonName {
  first: string;
  last: string;
  welsh: boolean;
  /** For "Ms" or "Mr" where a title is used. */
  female: boolean;
}

/** A name; Welsh names for about a third of people, and always when `welsh` is asked for. */
export function personName(rng: Random, welsh?: boolean): PersonName {
  const kind = welsh === true ? 'welsh' : rng.weighted([['welsh', 3], ['english', 5], ['other', 2]] as const);
  const named = (first: string, last: string, welsh: boolean): PersonName => ({ first, last, welsh, female: FEMALE.has(first) });
  if (kind === 'welsh') return named(rng.pick(WELSH_FIRST), rng.pick(WELSH_SURNAMES), true);
  if (kind === 'english') {
    // Welsh surnames are common with English first names.
    return named(rng.pick(ENGLISH_FIRST), rng.chance(0.3) ? rng.pick(WELSH_SURNAMES) : rng.pick(ENGLISH_SURNAMES), false);
  }
  const [first, last] = rng.pick(OTHER_NAMES);
  return named(first, last, false);
}

/** "title" in a list of honorifics stands for Mr, or Ms or Mrs. */
export function honorificFor(choice: string | null, name: PersonName, rng: Random): string | null {
  if (choice !== 'title') return choice;
  return name.female ? rng.pick(['Ms', 'Ms', 'Mrs']) : 'Mr';
}

/** "Gwenllian ap Iorwerth" → "GAI"; "Mei Chow-Lindqvist" → "MCL". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => ascii(part)[0]!.toUpperCase())
    .join('');
}

/** Strips accents for e-mail addresses: "Siân" → "Sian". */
export function ascii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export function emailLocalPart(first: string, last: string): string {
  return `${ascii(first)}.${ascii(last)}`.toLowerCase().replace(/[^a-z.-]+/g, '');
}

/** Ofcom keeps 01632 960000–960999 for drama; no real line answers. */
export function dramaPhone(rng: Random): string {
  return `01632 960${String(rng.int(0, 999)).padStart(3, '0')}`;
}
