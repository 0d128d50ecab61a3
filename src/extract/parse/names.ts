/**
 * People's names as minutes write them: "Lee Jones - Chair (LJ)", "Chief Superintendent
 * Phillip Ashby (PA)", "Cllr A Smith (Vice-Chair)", "Jane Hutt MS", "Jane Doe, Clerk,
 * Little Snoring Parish Council".
 */
import { clean, trimPunctuation } from './text.js';

export interface PersonLine {
  name: string;
  initials: string | null;
  role: string | null;
  organisation: string | null;
}

/** Honorifics stay in the name as written ("Councillor Richard Brown"). */
const HONORIFIC = /^(?:(?:councillor|cllr\.?|(?:county|district|borough|city|town|parish)\s+(?:councillor|cllr\.?)|cc|mr\.?|mrs\.?|ms\.?|miss|mx|dr\.?|prof\.?|professor|sir|dame|lord|lady|rev\.?|revd\.?|the rev(?:erend)?)\s+)+/i;

/** Ranks and posts written before a name go to the role. */
const RANK = /^(?:(?:temporary|acting|interim|t\/|a\/)\s*)?(?:chief constable|deputy chief constable|assistant chief constable|chief superintendent|superintendent|chief inspector|detective chief superintendent|detective superintendent|detective chief inspector|detective inspector|detective sergeant|detective constable|inspector|sergeant|police constable|pcso|acc|dcc|cc|ch supt|supt|dcs|dci|di|ds|dc|ci|insp|sgt|pc|det\.? supt|t\/ch supt|police and crime commissioner|deputy police and crime commissioner|pcc|dpcc)\s+/i;

const POST_NOMINALS = /(?:\s+(?:MS|MP|AM|MSP|MLA|MBE|OBE|CBE|QPM|KPM|JP|DL|QC|KC|FRSA))+\s*$/;

/** Words that make a line an organisation, team or post rather than a person. */
const NOT_NAME = /\b(police|council|team|board|group|panel|committee|forum|office|service|services|government|wales|england|scotland|university|college|trust|nhs|health|unit|department|directorate|partnership|commission|commissioner|authority|agency|network|association|society|charity|project|programme|centre|center|limited|ltd|plc|cic|members|officers|representatives|manager|officer|director|advisor|adviser|lead|head|chair|chairman|chairperson|clerk|secretary|minister|executive|member|coordinator|co-ordinator|assistant|deputy|apologies|attendees|present|minutes|agenda|action|actions|item|items|meeting|report|none|and|of|the|for|to|in|on|with|at|by|all|other)\b/i;

const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.?|(?:de|da|van|von|der|den|la|le|du|di|del|bin|al|ap|st\.?|mac|mc)|O['’]\p{Lu}[\p{L}'’-]*)$/u;

/** True for "Jane Doe", "Cllr A Smith", "Mr Hart", "Hannah Jenkins-Jones", "Siân Brown". */
export function isPersonName(text: string): boolean {
  const raw = clean(text);
  if (!raw || /\d|[@/&:;]/.test(raw) || raw.length > 60) return false;
  const honorific = HONORIFIC.test(raw);
  const bare = raw.replace(HONORIFIC, '').replace(RANK, '').replace(POST_NOMINALS, '').trim();
  const tokens = bare.split(/\s+/).filter(Boolean);
  if (!tokens.length || tokens.length > 5) return false;
  if (tokens.length === 1 && !honorific && !RANK.test(raw)) return false;
  if (!tokens.every((t) => NAME_TOKEN.test(t))) return false;
  if (NOT_NAME.test(bare)) return false;
  // At least one real word (not only initials), and not an acronym like "HMICFRS".
  return tokens.some((t) => /^\p{Lu}[\p{Ll}'’-]/u.test(t));
}

export function initialsOf(name: string): string {
  const bare = stripTitles(name);
  return bare
    .split(/[\s-]+/)
    .filter((t) => /^\p{Lu}/u.test(t))
    .map((t) => t[0])
    .join('')
    .toUpperCase();
}

/** The name without honorific, rank or post-nominals: "Chief Superintendent Danny Richards" → "Danny Richards". */
export function stripTitles(name: string): string {
  let out = clean(name);
  for (let k = 0; k < 3; k++) out = out.replace(HONORIFIC, '').replace(RANK, '');
  return out.replace(POST_NOMINALS, '').trim();
}

/** "Chief Superintendent Danny Richards" → "Danny Richards"; "Cllr Smith" stays as written. */
export function withoutRank(name: string): string {
  return clean(name).replace(RANK, '').replace(POST_NOMINALS, '').trim();
}

/** The rank or post written before a name, if any. */
function rankOf(name: string): string | null {
  const m = RANK.exec(clean(name).replace(HONORIFIC, ''));
  return m ? m[0].trim() : null;
}

/** Reads one person line; null when the line is not a person. */
export function parsePersonLine(text: string): PersonLine | null {
  let line = clean(text).replace(/^[•\-–*]\s*/, '').replace(/^\d{1,3}[.)]\s+/, '');
  // "Meera Kapoor (MK) Independent Chair": the initials end the name.
  const afterInitials = /^(.+?)\s*\(([A-Z]{2,5})\)\s+([^,–-].*)$/.exec(line);
  if (afterInitials && isPersonName(afterInitials[1]!)) line = `${afterInitials[1]} (${afterInitials[2]}), ${afterInitials[3]}`;
  let initials: string | null = null;
  line = line.replace(/\(([A-Z]{2,5})\)/, (_, i: string) => {
    initials = i;
    return ' ';
  });
  const bracketed: string[] = [];
  line = clean(
    line.replace(/\(([^)]{2,80})\)/g, (_, inner: string) => {
      bracketed.push(inner.trim());
      return ' ';
    }),
  );
  // "Name - role", "Name – role", "Name: role", "Name, role, organisation"
  const [head, ...rest] = line.split(/\s+[-–—]\s+|\s*:\s+|,\s*/).map(trimPunctuation);
  let name = head ?? '';
  /** Posts written before the name: "Head of Planning (Claire Moreton)", "Chair: Cllr A Smith", "Deputy Commissioner Yvonne Baptiste". */
  const posts: string[] = [];
  const inBrackets = bracketed.findIndex((b) => isPersonName(b));
  if (!isPersonName(name) && looksLikeRole(name) && inBrackets >= 0) {
    posts.push(name);
    name = bracketed.splice(inBrackets, 1)[0]!;
  } else if (!isPersonName(name) && looksLikeRole(name) && rest.length === 1 && isPersonName(rest[0]!)) {
    posts.push(name);
    name = rest.pop()!;
  } else if (!isPersonName(name)) {
    const post = postBeforeName(name);
    if (post) {
      posts.push(post.post);
      name = post.name;
    }
  }
  if (!isPersonName(name)) return null;
  const details = [...rest, ...bracketed].filter(Boolean);
  const orgAt = details.findIndex(isOrganisation);
  const organisation = orgAt >= 0 ? details.splice(orgAt, 1)[0]! : null;
  const role = [rankOf(name), ...posts, ...details].filter(Boolean).join(', ');
  return { name: withoutRank(name), initials, role: role ? clean(role) : null, organisation };
}

function postBeforeName(text: string): { post: string; name: string } | null {
  const tokens = text.split(/\s+/);
  for (let k = 1; k <= tokens.length - 2; k++) {
    const post = tokens.slice(0, k).join(' ');
    const name = tokens.slice(k).join(' ');
    if (looksLikeRole(post) && !NOT_NAME.test(name) && isPersonName(name)) return { post, name };
  }
  return null;
}

const ORGANISATION_WORDS = /\b(office|council|police|constabulary|service|services|agency|trust|team|unit|partnership|board|university|college|school|schools|nhs|government|department|directorate|authority|association|charity|society|ltd|limited|plc|cic|forum|project|homes|housing|probation|prosecution|fire|rescue|network|commission|ministry|centre|center|hospital|church|group)\b/i;

/** "Eastshire Police", "Office of the Police and Crime Commissioner" — not "Head of Victim Care" or "Board Manager". */
export function isOrganisation(text: string): boolean {
  if (/^(office|department|directorate|ministry|university|college|school) of\b/i.test(text)) return true;
  if (POST_ENDING.test(text)) return false;
  return ORGANISATION_WORDS.test(text) && !/^(head|director|chief|deputy|assistant|manager|officer|chair|vice|lead|member|clerk|secretary|treasurer|cabinet member|portfolio|service manager|senior|principal|interim|acting)\b/i.test(text);
}

/** Words a post ends with: "Board Manager", "Partnership Analyst". */
const POST_ENDING = /\b(manager|officer|director|lead|chair|chairman|chairperson|adviser|advisor|coordinator|co-ordinator|secretary|clerk|analyst|member|assistant|worker|nurse|inspector|superintendent|constable|minister|executive|administrator|treasurer|engineer|planner|consultant|specialist|representative|governor|president|leader|holder|commissioner|head)$/i;

const ROLE_WORDS = /\b(chair|chairman|chairperson|vice|manager|officer|director|advisor|adviser|lead|head|member|clerk|secretary|minister|commissioner|chief|executive|inspector|superintendent|constable|councillor|coordinator|co-ordinator|analyst|assistant|deputy|president|governor|representative|solicitor|treasurer|administrator|minutes|minute taker|note taker|mayor|leader|portfolio|cabinet|specialist|consultant|nurse|engineer|planner|accountant|auditor|scrutiny|support|policy)\b/i;

export function looksLikeRole(text: string): boolean {
  return ROLE_WORDS.test(text);
}
