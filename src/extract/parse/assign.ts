/**
 * Reading an assignment out of one sentence of minutes: who is to do what. Used for
 * explicit markers ("ACTION: SM to circulate…", "… will check and update. ACTION.") and
 * for implicit assignments ("The Commissioner agreed to report back on…", "X to share…",
 * "It was agreed that a sub-committee will…", "A further update would be provided at the
 * next meeting"). Descriptions of work already done or merely hoped for are not tasks.
 */
import { isPersonName } from './names.js';
import type { OwnerResolver } from './owners.js';
import { clean, wordCount } from './text.js';

export interface Assignment {
  /** Who is to do it, as written (null when the sentence does not say). */
  owner: string | null;
  /** The task in the action-log style: "X to do Y" or the sentence itself. */
  text: string;
}

const SPEECH = '(?:confirmed|advised|agreed|said|stated|explained|noted|added|reported|indicated|informed (?:the \\w+|members|the group)|undertook|offered|suggested|proposed|responded|replied|highlighted|mentioned|clarified|commented|assured (?:the \\w+|members)|told (?:the \\w+|members))';
const ADVERBS = '(?:(?:also|now|then|further|shortly|personally|separately|directly|urgently|jointly|again|subsequently|formally|therefore|in turn)\\s+)*';
const ROLE = '(?:chair(?:man|person)?|vice[- ]chair|clerk|secretary|treasurer|commissioner|deputy commissioner|chief executive|chief constable|chief officer|director(?: of [\\w&]+(?: [\\w&]+)?)?|head of [\\w&]+(?: [\\w&]+)?|lead officer|officers?|monitoring officer|scrutiny officer|link member|council officer|minute taker|governance (?:support )?officer|mayor|leader|portfolio holder|cabinet member|manager|coordinator|co-ordinator|secretariat|force|team|[\\w’\']+ team|sub-committee(?: of the \\w+)?|working group|task (?:and|&) finish group|panel|board|committee|council|partnership|service|unit|department)';
/** The body itself is asked to do things ("The panel were asked to promote…"); that is not one person's task. */
const WHOLE_BODY = /^(?:the\s+)?(?:panel|committee|board|group|members|council|forum|meeting|attendees|partners|partnership)$/i;
const REPORTED_VERB = /\b(was|were|rose|fell|fallen|risen|remained|increased|decreased|showed|grew|dropped|doubled|halved)\b/i;
/** A resolution "to object", "to approve the payments" decides; "to request a survey" gives a task. */
const DECISION_VERBS = /^(object|support|approve|refuse|grant|accept|reject|adopt|endorse|defer|recommend|delegate|escalate|refer|spend|pay|award|allocate|ratify|receive|agree|confirm|co-opt|appoint|authorise|authorize|retain|decline|raise no|make no|have no|take no|not|set(?! up)|fix|increase|reduce|freeze|maintain|note)\b/i;
const CLAUSE_WORDS = /\b(was|were|is|are|am|has|have|had|been|being|can|could|should|may|might|must|do|does|did|will|would|that|which|who|hoped|hope|expected|likely|possible|intended|anticipated|believed|felt|thought)\b/i;
const ROLE_SUBJECT = new RegExp(`^(?:the\\s+|a\\s+|our\\s+)?${ROLE}$`, 'i');

/** Verbs that record a decision or a courtesy rather than a task. */
const NOT_TASKS = /^(note|notes|noted|accept|approve|adopt|receive|endorse|support|welcome|thank|agree|ratify|be|have|continue to note|consider|look forward|acknowledge|recognise|recognize|praise)\b/i;
/** After "would be …" only these read as tasks ("would be in touch"). */
const WOULD_BE_TASK = /^be in (touch|contact)\b/i;
const PASSIVE_NOT_TASKS = /^(agreed|noted|confirmed|decided|determined|held|welcomed|received|approved|accepted|discussed|considered|expected|hoped|anticipated|required|needed|based|due|thanked|congratulated|commended|praised|reminded|informed|encouraged|made aware)\b/i;
const DELIVERABLE = '(?:update|updates|report|reports|paper|papers|briefing|briefings|note|details|information|summary|copy|copies|link|links|presentation|response|letter|minutes|documents?|data|figures|list|plan|proposals?|guidance|feedback|statement of progress|item)';
const DELIVER_VERBS = '(?:provided|circulated|recirculated|re-circulated|shared|sent|produced|brought|presented|given|submitted|prepared|forwarded|e-?mailed|published|reported|added|made available|drafted|written|tabled|distributed|issued|obtained|sought|arranged|explored|investigated|followed up|picked up|raised|taken forward)';
const SPEECH_CLAUSE = new RegExp(`^(.{2,60}?)\\s+(${SPEECH})\\s+(?:that\\s+)?(.*)$`, 'i');
const EMBEDDED_SPEECH = new RegExp(`\\b${SPEECH}\\s+(?:that\\s+)?((?:he|she|they|we)\\s+(?:will|would)\\s+.*)$`, 'i');
const SUBJECT_VERB = new RegExp(
  `^(.{1,80}?)\\s+(to|will|would|is to|are to|shall|agreed to|undertook to|offered to|volunteered to|(?:was|were|has been|have been|had been|would be|will be) (?:asked|requested|tasked) to|is going to|are going to)\\s+${ADVERBS}(.+)$`,
  'i',
);
/** The gap between the thing and "will be …" stays inside one clause (no "and this …"). */
const DELIVERABLE_TASK = new RegExp(
  `\\b(?:(?:a|an|the|any|further|more)\\s+)?(?:[\\w-]+\\s+){0,3}${DELIVERABLE}\\b(?:(?!\\s(?:and|but)\\s)[^.;]){0,60}?\\s(?:will|would|is to|are to)\\s+(?:also\\s+|then\\s+)?be\\s+${DELIVER_VERBS}\\b.*$`,
  'i',
);
const DELIVERABLE_WORD = new RegExp(`\\b${DELIVERABLE}\\b`, 'i');

export function assignmentIn(sentence: string, owners: OwnerResolver, speaker: string | null = null, resolution = false): Assignment | null {
  const s = clean(sentence)
    .replace(/^\d{1,3}(?:\.\d{1,3})*\.?\s+/, '')
    .replace(/^(?:and\s+)?(?:[-•*]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\))\s+/, '')
    .replace(/\.$/, '');
  if (!s || wordCount(s) < 3 || /\?$/.test(s)) return null;
  // The parts of a resolution: "(2) the Democratic Services Officer be asked to arrange …".
  if (resolution) {
    const task = resolvedTask(s, owners);
    if (task) return task;
  }

  // "It was agreed (that) X will …", "The Panel agreed that X should …", "RESOLVED that X …"
  const agreed = /^(?:it was (?:agreed|resolved|decided)|(?:the )?(?:panel|committee|board|group|council|members|meeting|forum) (?:agreed|resolved|decided)|resolved|agreed)\s*(?:[:,-]\s*)?(?:that\s+)?(.*)$/i.exec(s);
  if (agreed) {
    const clause = agreed[1]!;
    const toDo = /^to\s+(.*)$/i.exec(clause);
    if (toDo) return DECISION_VERBS.test(toDo[1]!) || !isTaskVerb(toDo[1]!) ? null : { owner: null, text: capital(toDo[1]!) };
    const there = /^there (?:will|would|should) be (?:a |an )?(.*)$/i.exec(clause);
    if (there) return /\b(report|update|review|audit|meeting|workshop|session|visit|letter|briefing)\b/i.test(there[1]!) ? { owner: null, text: capital(clause) } : null;
    return subjectVerb(clause, owners, speaker, false) ?? (/^resolved/i.test(s) ? resolvedTask(clause, owners) : null);
  }

  // "X confirmed that he will …", "MV advised they would be in touch …"
  const speech = SPEECH_CLAUSE.exec(s);
  if (speech && ownerLike(speech[1]!, owners)) {
    const said = speech[3]!;
    const inner = subjectVerb(said, owners, speech[1]!, true);
    if (inner) return inner;
    if (/^(?:agreed|undertook|offered)$/i.test(speech[2]!) && /^to\s/i.test(said)) {
      const task = said.replace(/^to\s+/i, '');
      if (!NOT_TASKS.test(task)) return { owner: speech[1]!, text: `${speech[1]} to ${task}` };
    }
  }
  // "… and advised they would be in touch with members …": the doer is the speaker.
  const embedded = EMBEDDED_SPEECH.exec(s);
  if (embedded && speaker) {
    const inner = subjectVerb(embedded[1]!, owners, speaker, true);
    if (inner) return inner;
  }
  return subjectVerb(s, owners, speaker, false) ?? passiveTask(s, speaker);
}

/**
 * A resolution's subjunctive: "the Chief Fire Officer present a deep dive at the next
 * meeting", "the Clerk be asked to obtain three quotes". The doer must be a post or a
 * person, not the body itself ("the Committee be recommended …", "the report be noted").
 */
function resolvedTask(clause: string, owners: OwnerResolver): Assignment | null {
  const words = clause.split(/\s+/);
  for (let k = 1; k <= Math.min(6, words.length - 2); k++) {
    const subject = words.slice(0, k).join(' ');
    if (!ownerLike(subject, owners, true) || WHOLE_BODY.test(subject) || !/^(?:the\s+)?[\p{Lu}]/u.test(subject)) continue;
    const rest = words.slice(k).join(' ').replace(/^be\s+(?:asked|requested|instructed|tasked|authori[sz]ed)\s+to\s+/i, '');
    if (!isTaskVerb(rest) || DECISION_VERBS.test(rest) || /^be\b/i.test(rest)) continue;
    return { owner: subject, text: `${subject} to ${rest}` };
  }
  return null;
}

/** "LJ confirmed that a summary will go to the Board" → "A summary will go to the Board". */
export function withoutReporting(sentence: string, owners: OwnerResolver): string {
  // "The Board asked for a recovery trajectory to be presented in January": the request is the task.
  const request = /^(.{2,40}?)\s+(?:asked|requested)\s+(?:for|that)\s+(.+)$/i.exec(clean(sentence));
  if (request && (ownerLike(request[1]!, owners) || WHOLE_BODY.test(request[1]!)) && wordCount(request[2]!) >= 4) return capital(request[2]!);
  const speech = SPEECH_CLAUSE.exec(clean(sentence));
  if (!speech || !ownerLike(speech[1]!, owners) || wordCount(speech[3]!) < 4) return sentence;
  // "AK reported on the grant bid": what follows is not a clause of its own.
  if (/^(on|about|to|for|with|at|in|from|back|upon)\b/i.test(speech[3]!)) return sentence;
  return capital(speech[3]!);
}

/**
 * "X to V", "X will V", "X agreed to V", "X was asked to V", with X someone who can do it.
 * `reported` is a clause after "X confirmed that…", where "Y to V" is not English.
 */
function subjectVerb(clause: string, owners: OwnerResolver, speaker: string | null, reported: boolean): Assignment | null {
  const m = SUBJECT_VERB.exec(clause);
  if (!m) return null;
  let subject = m[1]!.replace(/^(?:and|but|however,?)\s+/i, '').trim();
  const verb = m[2]!.toLowerCase();
  const rest = m[3]!;
  if (verb === 'to' && reported) return null;
  if (!nounPhrase(subject, owners)) return null;
  const pronoun = /^(he|she|they|we|i)$/i.test(subject);
  if (pronoun) {
    if (!speaker) return null;
    subject = speaker;
  }
  const passive = /^be\s+(\w+)/i.exec(rest);
  if (verb === 'to' && passive) {
    if (PASSIVE_NOT_TASKS.test(passive[1]!) || !/(ed|en|wn|ne|ht|lt|id|ut|et)$/i.test(passive[1]!)) return null;
    const owner = owners.isAttendee(subject) ? subject : null;
    return { owner, text: `${subject} to ${rest}` };
  }
  if (!isTaskVerb(rest)) return null;
  if (verb === 'to') {
    // "Compliance with the duty to offer an assessment rose to 91%" reports; it assigns nothing.
    if (REPORTED_VERB.test(rest)) return null;
    const owner = ownerLike(subject, owners) ? subject : null;
    return { owner, text: `${subject} to ${rest}` };
  }
  if (!pronoun && (!ownerLike(subject, owners, true) || WHOLE_BODY.test(subject))) return null;
  return { owner: subject, text: `${subject} to ${rest}` };
}

/** A doer is a noun phrase: "The report", "CA and JM", "Force & Commissioner's Team" — not "MV went on". */
function nounPhrase(subject: string, owners: OwnerResolver): boolean {
  if (/^(he|she|they|we|i)$/i.test(subject)) return true;
  if (/^(it|this|that|these|those|there|which|what|who|whether|if|as|when|once|where|in|with|further|following|after|before|during)\b/i.test(subject)) return false;
  if (!/^(?:the|a|an|our|all|each|both|any)\b|^[\p{Lu}\d]/u.test(subject)) return false;
  // "working together", "made reference" are verbs; "working group", "named officer" are not.
  if (CLAUSE_WORDS.test(subject) || /\s[a-z]\w*(ed|ing)\b(?!\s+(?:group|committee|sub-committee|panel|team|party|board|officers?|unit|service|forum|lead|person|member|manager))/.test(subject)) return false;
  if (ownerLike(subject, owners)) return true;
  if (/,/.test(subject) || wordCount(subject) > 8) return false;
  // A person named first and then lower-case words is a clause: "MV went on", "PCC Alun Michael made reference".
  const words = subject.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    if (/^[a-z]/.test(words[k]!) && !/^(of|for|and|the|to|on|in|at|&)$/.test(words[k]!) && ownerLike(words.slice(0, k).join(' '), owners)) return false;
  }
  return true;
}

/** Verbs that begin a task in minutes; a word outside the list is taken for a verb only by its ending. */
const TASK_VERBS = new Set(
  ('add address advertise advise agree allocate amend analyse apply appoint approach arrange ascertain ask assess assist attend audit be book brief bring build buy ' +
    'call canvass carry chase check circulate clarify clean collate collect commission communicate compile complete conduct confirm consider consult contact continue ' +
    'co-ordinate coordinate cost create cut deal decide define deliver design develop discuss distribute do draft draw drive email e-mail employ enable engage enquire ' +
    'ensure establish evaluate examine expand explain explore extend facilitate feed feedback fill find finalise finalize fix follow forward fund gather get give go ' +
    'hand help highlight hire hold identify implement improve include inform inspect install introduce invest investigate invite issue keep lead learn let liaise link ' +
    'list look maintain make manage map meet mention monitor move negotiate nominate notify obtain offer open order organise organize oversee pass pay pick place plan ' +
    'post prepare present press print prioritise produce progress promote propose protect provide publicise publish purchase pursue put query raise re-circulate ' +
    'read recirculate recommend reconvene record recruit redraft refer reflect register reissue remind remove renew repair replace reply report request research ' +
    'resend resolve respond restart return review revise revisit run save schedule scope search secure seek select send set share sign source speak start ' +
    'submit summarise supply support survey take talk tell test trace track train trial try undertake update upload use verify visit walk widen work write ' +
    'fit clear paint erect host lobby chair attend'
  ).split(' '),
);

function isTaskVerb(rest: string): boolean {
  const word = /^([a-z][a-z-]*)/.exec(rest)?.[1];
  if (!word || NOT_TASKS.test(rest) && !WOULD_BE_TASK.test(rest)) return false;
  if (word === 'be') return WOULD_BE_TASK.test(rest);
  return TASK_VERBS.has(word) || /(ise|ize|ify|ate)$/.test(word);
}

/** "A further update would be provided at the next meeting", "this is to be explored with X". */
function passiveTask(sentence: string, speaker: string | null): Assignment | null {
  if (/\b(?:this|it|these)\s+(?:is|are)\s+to\s+be\s+\w+ed\b/i.test(sentence)) return { owner: null, text: capital(sentence) };
  // The gap between the thing and "will be …" stays inside one clause (no "and this …").
  const m = DELIVERABLE_TASK.exec(sentence);
  if (!m || /['’]$/.test(sentence.slice(0, m.index))) return null;
  // Start at the thing's own determiner: "Following today's briefing a report will…" → "A report will…".
  const thing = DELIVERABLE_WORD.exec(m[0])!;
  const lead = m[0].slice(0, thing.index);
  const joint = [...lead.matchAll(/\b(?:that|and|but|which|whereby)\s+/gi)].pop();
  const afterJoint = joint ? joint.index + joint[0].length : 0;
  const determiner = [...lead.slice(afterJoint).matchAll(/\b(?:a|an|the|any|further)\s/gi)].pop();
  const text = m[0].slice(afterJoint + (determiner?.index ?? 0));
  return { owner: speaker, text: capital(text) };
}

/**
 * Someone who can be given a task: an attendee (name or initials), a person's name, a
 * post ("the Clerk", "the Commissioner") or a team ("the Commissioner's Team", "the Force").
 */
export function ownerLike(text: string, owners: OwnerResolver, strict = false): boolean {
  const t = clean(text).replace(/^the\s+/i, '');
  if (!t || wordCount(t) > 8) return false;
  if (owners.isAttendee(t)) return true;
  const parts = owners.split(t);
  return parts.length > 0 && parts.every((p) => {
    if (owners.isAttendee(p) || owners.namesOrganisation(p)) return true;
    if (/^[A-Z]{2,4}$/.test(p)) return !owners.known;
    if (isPersonName(p)) return !strict || !owners.known || /^(cllr|councillor|mr|mrs|ms|dr)\b/i.test(p) || wordCount(p) >= 2;
    return ROLE_SUBJECT.test(p);
  });
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
