/**
 * Decisions and resolutions, short: "RESOLVED that …", "Resolved: …", "It was agreed
 * that …", "The minutes … were agreed as a true record", "Recommended – that the public
 * be excluded …".
 */
import { clean, sentences, trimPunctuation, wordCount } from './text.js';
import type { Unit } from './units.js';

const TRUE_RECORD = /\b(agreed|approved|accepted|signed|confirmed|adopted)\b[^.]*\bas (a |an )?(true|correct|accurate|fair)\b[^.]*\brecord\b/i;
const RESOLVED = /^(?:it was\s+)?(?:resolved|decided|agreed|recommended)\b\s*(?:unanimously\s*)?(?:[:\-–,]\s*|\s+)(?:that\s+|to\s+)?(.+)$/i;
const BODY_AGREED = /^(?:the\s+)?(?:group|panel|committee|board|members|council|forum|meeting|cabinet|sub-committee|partnership)\s+(?:unanimously\s+)?(?:(?:agreed|resolved|decided)\s+(?:that|to)\s+|(?:approved|endorsed|accepted|adopted|ratified|supported)\s+)/i;
const MINUTES_AGREED = /\bminutes\b[^.]*\b(?:were|was|are)\s+(?:agreed|approved|accepted|confirmed|signed)\b/i;

export function readDecisions(units: Unit[], skip: Set<number>, kind: 'minutes' | 'report'): string[] {
  const out: string[] = [];
  const add = (text: string) => {
    const decision = trimPunctuation(clean(text).replace(/^(?:resolved|decided)\s*(?:[:\-–]\s*)?(?:that\s+)?/i, '')).replace(/\.$/, '');
    if (decision && wordCount(decision) >= 2 && !out.some((d) => d.toLowerCase() === decision.toLowerCase())) out.push(capital(decision));
  };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind === 'row' || skip.has(i)) continue;
    // "RESOLVED:" alone on a line: the decision is the next paragraph.
    if (/^resolved\s*[:\-–]?$/i.test(unit.text) && units[i + 1] && units[i + 1]!.kind !== 'row') {
      add(units[i + 1]!.text.replace(/^that\s+/i, ''));
      i++;
      continue;
    }
    const said = sentences(unit.text.replace(/^\d{1,3}(?:\.\d{1,3})*\.?\s+/, ''));
    said.forEach((sentence, k) => {
      if (TRUE_RECORD.test(sentence) || MINUTES_AGREED.test(sentence)) add(sentence);
      else if (kind === 'report' && !/^resolved\b/i.test(sentence)) return;
      else if (RESOLVED.test(sentence) && !/^(?:agreed|recommended)\s+(?:by|with|in)\b/i.test(sentence)) {
        // "24/00312/FUL – Extension. RESOLVED: no objection." → "24/00312/FUL: no objection".
        const decision = resolution(sentence);
        const subject = k > 0 ? said[k - 1]!.replace(/^(?:\(?[a-z]\)|[-•])\s*/, '').split(/\s+[-–—]\s+|,/)[0]! : '';
        add(wordCount(decision) <= 4 && subject ? `${subject}: ${decision}` : decision);
      } else if (BODY_AGREED.test(sentence)) add(sentence);
    });
  }
  return out;
}

function resolution(sentence: string): string {
  const m = RESOLVED.exec(sentence)!;
  return /^(?:recommended)\b/i.test(sentence) ? m[1]! : /^it was/i.test(sentence) || /^(?:decided|agreed)\b/i.test(sentence) ? sentence : m[1]!;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
