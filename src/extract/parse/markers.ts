/**
 * Explicitly marked actions: a line "ACTION: SM to circulate…", a marker after the
 * sentence it belongs to ("… will check and update. ACTION.", "(Action: JB)", "Action:
 * Clerk" under a paragraph), and the lines of an "Actions arising" list.
 */
import { assignmentIn, ownerLike, withoutReporting } from './assign.js';
import type { ActionContext } from './actions.js';
import { PREVIOUS } from './actionTables.js';
import { newAction, statusAndUpdate, statusWord, type ActionDraft } from './draft.js';
import { readDue } from './due.js';
import { peopleLabel } from './people.js';
import { clean, sentences, trimPunctuation, wordCount } from './text.js';
import type { Unit } from './units.js';

const LIST_LABEL = /^(?:summary of |schedule of |list of |new |agreed )?(?:actions?|action points?)(?: arising| agreed| summary| list| log| points| required)?(?: (?:from|at) (?:the|this|today'?s) meeting)?\s*:?$/i;
const ACTION_POINT = /^A\.?P\.?\s*\d*\s*[:\-–]\s*(.+)$/;
/** "ACTION: …", "Action 05/25: …", "ACTION (HM): …" (the owner in brackets). */
const START = /^(?:new\s+)?actions?(?:\s+points?)?(?:\s+by)?\s*(?:\d[\w/.-]*)?\s*(?:\(([^)]{1,40})\)\s*)?[:\-–]\s*(.+)$/i;
const END = /\(\s*(?:[Aa]ction|ACTION)s?(?:\s+by)?\s*[:\-–]?\s*([^)]{0,60})\)|\bACTIONS?\s*[:\-–]\s*([A-Z][\w'’ ,&/-]{0,50}?)\s*(?:\.|$)|\bACTIONS?\b(?:\s+\d{1,3}[a-z]?\b)?\s*[.:]?(?=\s*(?:$|[A-Z(]))|(?:^|(?<=[.!?]\s))Actions?(?:\s+by)?\s*:\s*([^.]{1,60})\.?$/g;

/** What one unit's markers say: the actions, and the sentences they took (not to be read again). */
export interface MarkerRead {
  actions: ActionDraft[];
  consumed: Set<number>;
}

export function markerActions(ctx: ActionContext): MarkerRead {
  const out: MarkerRead = { actions: [], consumed: new Set() };
  const units = ctx.units;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind === 'row' || ctx.skip.has(i)) continue;
    if (LIST_LABEL.test(unit.text) && !ctx.outline.headings.has(i)) {
      i = readList(ctx, i + 1, out) - 1;
      continue;
    }
    const reviewed = reviewLine(ctx, unit);
    if (reviewed) {
      out.actions.push(reviewed);
      out.consumed.add(i);
      continue;
    }
    // "AP: TB to draft …" (action point), unless AP is someone's initials speaking.
    const start = START.exec(unit.text) ?? (ctx.owners.isAttendee('AP') ? null : ACTION_POINT.exec(unit.text));
    if (start && !LIST_LABEL.test(unit.text)) {
      out.consumed.add(i);
      const rest = clean(start[start.length - 1]!);
      const bracketed = start.length > 2 && start[1] && isOwnerList(start[1], ctx) ? start[1] : null;
      if (isOwnerList(rest, ctx) && i > 0) ownersForPrevious(ctx, i, rest, out);
      else {
        const draft = lineAction(ctx, unit, rest, 'marker');
        if (bracketed) draft.owners = ctx.owners.owners(bracketed);
        out.actions.push(draft);
      }
      continue;
    }
    // "… asked for the terms of reference. ACTION: MQ to send them." — a marker line run into the paragraph.
    const inline = /(?<=[.!?]\s+)\bACTIONS?\s*(?:\(([^)]{1,40})\)\s*)?:\s+(?=\S)/.exec(unit.text);
    if (inline && inline[1] && isOwnerList(inline[1], ctx)) {
      // "… working group. ACTION (KB, FW, HM): Meet to finalise …".
      const draft = lineAction(ctx, unit, unit.text.slice(inline.index + inline[0].length), 'marker');
      draft.owners = ctx.owners.owners(inline[1]);
      endMarkers(ctx, { ...unit, text: unit.text.slice(0, inline.index) }, out);
      out.actions.push(draft);
      out.consumed.add(i);
      continue;
    }
    if (inline && !inline[1]) {
      const rest = unit.text.slice(inline.index + inline[0].length);
      endMarkers(ctx, { ...unit, text: unit.text.slice(0, inline.index) }, out);
      if (isOwnerList(rest.replace(/\.$/, ''), ctx)) ownersForPrevious(ctx, i, rest.replace(/\.$/, ''), out, unit.text.slice(0, inline.index));
      else out.actions.push(lineAction(ctx, unit, rest, 'marker'));
      out.consumed.add(i);
      continue;
    }
    endMarkers(ctx, unit, out);
  }
  return out;
}

/** "… will check and update the team. ACTION." / "(Action: JB)": the sentence before each marker. */
function endMarkers(ctx: ActionContext, unit: Unit, out: MarkerRead): void {
  let from = 0;
  for (const m of unit.text.matchAll(END)) {
    const before = unit.text.slice(from, m.index).trim();
    from = m.index + m[0].length;
    const segment = before.replace(/^\d{1,3}(?:\.\d{1,3})*\.?\s+/, '');
    const said = sentences(segment);
    const last = said[said.length - 1];
    if (!last || wordCount(last) < 3) continue;
    const ownerText = trimPunctuation(m[1] ?? m[2] ?? m[3] ?? '');
    const draft = sentenceAction(ctx, unit, last, said.length > 1 ? said[said.length - 2]! : null);
    if (ownerText && isOwnerList(ownerText, ctx)) draft.owners = ctx.owners.owners(ownerText);
    draft.context = segment;
    out.actions.push(draft);
    out.consumed.add(unit.i);
  }
}

/** An action from a sentence of minutes: "X confirmed he will check …" → "X to check …". */
export function sentenceAction(ctx: ActionContext, unit: Unit, sentence: string, previous: string | null): ActionDraft {
  const speaker = leadingSubject(sentence, ctx) ?? (previous ? leadingSubject(previous, ctx) : null);
  const assignment = assignmentIn(sentence, ctx.owners, speaker);
  const text = assignment ? assignment.text : withoutReporting(sentence, ctx.owners).replace(/\.$/, '');
  const owner = assignment?.owner ?? speaker;
  return newAction('marker', unit.i, text, {
    owners: owner ? ctx.owners.owners(owner) : [],
    ...ctx.due(text),
    item: ctx.itemAt(unit.i),
  });
}

/** The doer named at the start of a sentence ("SW informed…", "LJ and HJJ advised…"). */
export function leadingSubject(sentence: string, ctx: ActionContext): string | null {
  const m = /^((?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:and|&)\s+[A-Z][\w'’.-]*|\s+[A-Z][\w'’.-]*){0,4})\s+(?:also\s+)?[a-z]/.exec(clean(sentence));
  if (!m) return null;
  const subject = m[1]!;
  if (/^(he|she|they|we|it|this|that|there|the|a|an)$/i.test(subject)) return null;
  return ownerLike(subject, ctx.owners) || ctx.owners.split(subject).every((p) => /^[A-Z]{2,4}$/.test(p)) ? subject : null;
}

function isOwnerList(text: string, ctx: ActionContext): boolean {
  if (wordCount(text) > 8 || /\bto\s+[a-z]/.test(text)) return false;
  return ctx.owners.split(text).every((p) => ownerLike(p, ctx.owners));
}

/** "Action: Clerk" under a paragraph (or after it, in `before`): the paragraph's last sentence is the task. */
function ownersForPrevious(ctx: ActionContext, i: number, ownerText: string, out: MarkerRead, before?: string): void {
  const previous = before === undefined ? ctx.units[i - 1]! : { ...ctx.units[i]!, text: before };
  const said = sentences(previous.text.replace(/^\d{1,3}(?:\.\d{1,3})*\.?\s+/, ''));
  const last = said[said.length - 1];
  if (!last || previous.kind === 'row') return;
  const draft = sentenceAction(ctx, previous, last.replace(/^(?:it was )?(?:agreed|resolved)(?: that)?\s*/i, ''), null);
  draft.owners = ctx.owners.owners(ownerText);
  draft.context = previous.text;
  out.actions.push(draft);
  out.consumed.add(previous.i);
}

/** One line of an action list or after "ACTION:": "SM to circulate …", "Homelessness to be added …". */
export function lineAction(ctx: ActionContext, unit: Unit, line: string, source: 'marker' | 'list'): ActionDraft {
  let text = clean(line).replace(/^(?:[-•*]|\d{1,3}[.)]|\(?[a-z]\))\s+/, '');
  let ownerText: string | null = null;
  // "… (Chief Executive) – by 30 June 2025": a due date set off at the very end.
  let dueTail: string | null = null;
  const dueAt = /\s*[-–—;]\s*((?:by|before|due(?:\s+by)?|no later than)\s+[^–—()]{2,40}|asap)$/i.exec(text);
  if (dueAt && dueAt.index > 0) {
    dueTail = dueAt[1]!.replace(/\.$/, '');
    text = text.slice(0, dueAt.index).trim();
  }
  // "… – Clerk", "… (JB)", "Owner: JB" at the end of the line.
  const tail = /\s+(?:[-–—]\s*|\(\s*)((?:[A-Z]{2,4}|[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2})(?:\s*(?:\/|,|&|and)\s*(?:[A-Z]{2,4}|[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2}))*)\)?\.?$/.exec(text);
  const bracket = /\s*\(([^()]{2,60})\)\.?$/.exec(text);
  if (tail && isOwnerList(tail[1]!, ctx)) {
    ownerText = tail[1]!;
    text = text.slice(0, tail.index).trim();
  } else if (bracket && isOwnerList(bracket[1]!, ctx)) {
    // "… (Company Secretary / Director of Property)".
    ownerText = bracket[1]!;
    text = text.slice(0, bracket.index).trim();
  }
  // "LM – share the attendance data …": the owner first, then the task.
  const lead = /^([A-Z][\w'’.]*(?:\s*(?:\/|,|&|and)?\s*[A-Z][\w'’.]*){0,3})\s*[-–—:]\s+(?=[a-z])(.+)$/.exec(text);
  if (!ownerText && lead && isOwnerList(lead[1]!, ctx)) {
    ownerText = lead[1]!;
    text = lead[2]!;
  }
  let status: ActionDraft['status'] = 'open';
  const done = /\s*[-–:(]\s*(completed?|done|on-?going|in progress|deferred|outstanding|carried forward)\)?\.?$/i.exec(text);
  if (done) {
    status = statusWord(done[1]!);
    text = text.slice(0, done.index).trim();
  }
  const assignment = assignmentIn(text, ctx.owners, null);
  // A marked line is an action whatever its verb: "JB to liaise…", "Clerk will chase…".
  const subject = /^(.{1,60}?)\s+(?:to|will|should|must)\s+[a-z]/.exec(text)?.[1];
  const owner = ownerText ?? assignment?.owner ?? (subject && ownerLike(subject, ctx.owners) ? subject : null);
  return newAction(source, unit.i, text, {
    owners: owner ? ctx.owners.owners(owner) : [],
    // A due date column beside the action (minutes laid out as a table) wins over words in it.
    ...(unit.due || dueTail ? readDue(unit.due ?? dueTail, ctx.meetingDate) : ctx.due(text)),
    status,
    fromPreviousMeeting: status !== 'open',
    item: ctx.itemAt(unit.i),
  });
}

/**
 * A line reviewing an earlier action, under "Actions from last meeting" or "Matters
 * arising": "Hotspot map – GW – complete, circulated 2 October".
 */
function reviewLine(ctx: ActionContext, unit: Unit): ActionDraft | null {
  if (ctx.outline.headings.has(unit.i)) return null;
  const item = ctx.outline.itemOf[unit.i];
  const title = ctx.outline.items.find((i) => i.number === item)?.title ?? '';
  const underReview = PREVIOUS.test(title) || underReviewLabel(ctx, unit.i);
  const quoted = referenceReview(ctx, unit, underReview);
  if (quoted || !underReview) return quoted;
  const told = toldStatus(ctx, unit);
  if (told || wordCount(unit.text) > 40) return told;
  const parts = unit.text.split(/\s+[-–—]\s+|\s*[:;]\s+/).map(trimPunctuation);
  const statusAt = parts.findIndex((p, k) => k > 0 && statusAndUpdate(p).status);
  if (statusAt < 1) return trailingStatus(ctx, unit, parts);
  const { status, update } = statusAndUpdate(parts.slice(statusAt).join(', '));
  const ownerPart = parts.slice(1, statusAt).find((p) => isOwnerList(p, ctx));
  return newAction('list', unit.i, parts[0]!, {
    owners: ownerPart ? ctx.owners.owners(ownerPart) : [],
    status,
    update,
    fromPreviousMeeting: true,
    item: ctx.itemAt(unit.i),
  });
}

/** An action's reference: "SGB/2025-10/3", "PALG/2019-03/3", "A/24/07", "24/117", "Action 12". */
const REFERENCE = String.raw`(?:[A-Z][A-Za-z&-]{0,15}\/)?\d{2,4}(?:-\d{1,2})?\/\d{1,4}|[A-Z][A-Za-z&-]{0,15}\/\d{1,4}|actions?\s+(?:no\.?\s*|ref\.?\s*)?[A-Z]?\d{1,4}[a-z]?`;
/** A reference in the form Oversight writes them (body, year-month, number): a review wherever it stands. */
const DATED_REFERENCE = /^[A-Z][A-Za-z0-9&-]{0,15}\/\d{4}-\d{2}\/\d{1,4}$/;
/** "SGB/2025-10/3 (report on the slippage …): Completed and confirmed by the Chair. The action was closed." */
const REFERENCE_LINE = new RegExp(String.raw`^(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?(${REFERENCE})\s*(?:\(((?:[^()]|\([^()]*\)){3,200})\)|[-–—]\s+([^:]{3,200}?))?\s*[:\-–—]\s+(\S.*)$`, 'i');

/**
 * A line that quotes an earlier action's reference, what it was, and what has happened
 * since: "4.2 SGB/2025-10/3 (share the survey results): Awaiting figures. The action remains
 * open." The status is what the words say of it; the update is the words after the colon.
 * Under a review item any reference will do when the words say a status; elsewhere only a
 * dated one ("SGB/2025-10/3"), with a status said.
 */
function referenceReview(ctx: ActionContext, unit: Unit, underReview: boolean): ActionDraft | null {
  const m = REFERENCE_LINE.exec(unit.text);
  if (!m || unit.kind === 'row') return null;
  const reference = m[1]!;
  const summary = trimPunctuation(m[2] ?? m[3] ?? '');
  const update = clean(m[4]!);
  const said = statusInWords(update);
  // A status said, or under a review item an action's own dated reference and what it was.
  if (!said.told && !(underReview && summary && DATED_REFERENCE.test(reference))) return null;
  if (!underReview && !(DATED_REFERENCE.test(reference) && said.told)) return null;
  const speaker = leadingSubject(update, ctx);
  return newAction('list', unit.i, summary ? `${reference} (${summary})` : reference, {
    owners: speaker ? ctx.owners.owners(speaker) : [],
    status: said.status,
    update,
    fromPreviousMeeting: true,
    item: ctx.itemAt(unit.i),
  });
}

/**
 * What the words say has become of an earlier action, the last sentence that says first:
 * "… The action was closed." (completed), "remains open" (ongoing), "was deferred". A
 * cancelled action is told of (a review) with no status of the record's.
 */
export function statusInWords(text: string): { told: boolean; status: ActionDraft['status'] } {
  const said = sentences(text).reverse();
  for (const sentence of said) {
    if (/\b(?:was|were|is|are|has been|have been|had been|been|now)\s+(?:now\s+|therefore\s+|duly\s+|formally\s+)?(?:closed|completed?|discharged|done|signed off|achieved)\b/i.test(sentence)) return { told: true, status: 'completed' };
    if (/\b(?:remains?|is|are|was|were|still)\s+(?:still\s+|now\s+)?(?:open|ongoing|on-going|outstanding|in progress|live|under\s?way)\b|\bcarried (?:forward|over)\b/i.test(sentence)) return { told: true, status: 'ongoing' };
    if (/\b(?:was|were|is|are|has been|have been|had been|been)\s+(?:now\s+)?(?:deferred|postponed|paused|put on hold|on hold)\b/i.test(sentence)) return { told: true, status: 'deferred' };
    if (/\b(?:was|were|is|are|has been|have been|had been|been)\s+(?:now\s+)?(?:cancelled|canceled|withdrawn|superseded|dropped)\b/i.test(sentence)) return { told: true, status: null };
  }
  const first = statusAndUpdate(said[said.length - 1] ?? '').status;
  if (first) return { told: true, status: first };
  if (/^(?:cancelled|canceled|withdrawn|superseded)\b/i.test(text)) return { told: true, status: null };
  return { told: false, status: null };
}

/** "Actions from the last meeting:" a few lines above, in the same item. */
function underReviewLabel(ctx: ActionContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const unit = ctx.units[k]!;
    if (ctx.outline.headings.has(k) || unit.kind === 'heading') return false;
    if (/:$/.test(unit.text) && PREVIOUS.test(unit.text.split(/(?<=[.!?])\s+/).pop()!)) return true;
  }
  return false;
}

const TOLD = /\b(?:the\s+)?(?:outstanding\s+|previous\s+|remaining\s+)?action\s+(?:to|on|for|about)\s+(.{3,120}?)\s+(?:is|was|has been|had been)\s+(?:now\s+)?(complete|completed|done|closed|ongoing|in progress|outstanding|deferred|carried forward)\b/i;

/** "The outstanding action to update the governors' page is complete." — a sentence about an earlier action. */
function toldStatus(ctx: ActionContext, unit: Unit): ActionDraft | null {
  for (const sentence of sentences(unit.text)) {
    const m = TOLD.exec(sentence);
    if (!m) continue;
    return newAction('list', unit.i, m[1]!, { status: statusWord(m[2]!), fromPreviousMeeting: true, item: ctx.itemAt(unit.i) });
  }
  return null;
}

/** "SAR training for GPs: LG confirmed two sessions had been delivered (complete)": the status last. */
function trailingStatus(ctx: ActionContext, unit: Unit, parts: string[]): ActionDraft | null {
  const said = parts.slice(1).join('; ');
  const m = /\s*(?:\(\s*|[-–—,]\s*)(completed?|done|closed|on-?going|in progress|deferred|outstanding|carried forward|on hold)\s*\)?\.?$/i.exec(said);
  if (parts.length < 2 || !m || wordCount(parts[0]!) > 12) return null;
  const update = trimPunctuation(said.slice(0, m.index)) || null;
  const speaker = update ? leadingSubject(update, ctx) : null;
  return newAction('list', unit.i, parts[0]!, {
    owners: speaker ? ctx.owners.owners(speaker) : [],
    status: statusWord(m[1]!),
    update,
    fromPreviousMeeting: true,
    item: ctx.itemAt(unit.i),
  });
}

/** The lines under an "Actions arising" label, up to the next heading, label or prose. */
function readList(ctx: ActionContext, start: number, out: MarkerRead): number {
  let i = start;
  for (; i < ctx.units.length; i++) {
    const unit = ctx.units[i]!;
    if (unit.kind === 'row' || unit.kind === 'heading' || unit.emphasis || ctx.outline.headings.has(i)) break;
    if (peopleLabel(unit.text) || /^(?:date\s+(?:and\s+time\s+)?of\s+)?(?:the\s+)?next meeting\b/i.test(unit.text)) break;
    const lines = splitRunOn(unit.text);
    if (lines.some((line) => wordCount(line) > 60) || /:$/.test(unit.text)) break;
    for (const line of lines) out.actions.push(lineAction(ctx, unit, line, 'list'));
    out.consumed.add(i);
  }
  return i;
}

const PREPOSITIONS = new Set(['with', 'for', 'to', 'by', 'from', 'of', 'at', 'on', 'in', 'into', 'the', 'a', 'an', 'and', 'or', 'about', 'between', 'via']);
const MONTH_WORD = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * A converter sometimes joins a list's lines into one run ("… meeting in March Naomi
 * Alleyne to be involved … (WG) Minister for Climate Change to be invited …"). Each
 * "Name to do" that does not follow a preposition starts a new line.
 */
export function splitRunOn(text: string): string[] {
  if (/[.;]\s+[A-Z]/.test(text)) return [text];
  const tokens = text.split(/\s+/);
  const starts: number[] = [0];
  for (let k = 1; k < tokens.length; k++) {
    const previous = tokens[k - 1]!;
    if (!/^[A-Z]/.test(tokens[k]!) || (/^[A-Z]/.test(previous) && !/\)$/.test(previous) && !MONTH_WORD.test(previous))) continue;
    if (PREPOSITIONS.has(previous.toLowerCase())) continue;
    // A run of capitalised words (allowing "for", "of", "the") followed by "to <verb>".
    let j = k;
    while (j < tokens.length && (/^[A-Z]/.test(tokens[j]!) || (j > k && /^(for|of|the|and)$/.test(tokens[j]!)))) j++;
    if (j > k && j - k <= 5 && tokens[j] === 'to' && /^[a-z]/.test(tokens[j + 1] ?? '')) starts.push(k);
  }
  if (starts.length < 2) return [text];
  return starts.map((s, n) => tokens.slice(s, starts[n + 1] ?? tokens.length).join(' '));
}
