/**
 * Recommendations of a review or inspection report and the responses to them:
 * "Recommendation 12" / its text / "Response: This Recommendation is not accepted" / the
 * reasons; or a table with Recommendation and Response columns.
 */
import { parseResponse } from '../../domain/recommendations.js';
import type { RecommendationRecord } from '../record.js';
import { clean } from './text.js';
import type { Unit } from './units.js';

const LABEL = /^(?:recommendation|rec\.?|R)\s*(\d{1,3}[a-z]?)\s*(?:[:.\-–)]\s*(.*))?$/i;
const RESPONSE = /^(?:(?:the\s+)?(?:cabinet|executive|council|commissioner'?s?|pcc'?s?|our|management|force|officer)\s+)?response\s*(?:to recommendation \d+)?\s*[:\-–]?\s*(.*)$/i;

export interface RecommendationsRead {
  recommendations: RecommendationRecord[];
  /** Units that are recommendation or response text. */
  used: Set<number>;
}

export function readRecommendations(units: Unit[]): RecommendationsRead {
  const found = new Map<string, RecommendationRecord>();
  const used = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind === 'row') {
      if (unit.table?.kind === 'recommendations') tableRow(unit, found);
      continue;
    }
    const label = LABEL.exec(unit.text);
    if (!label || (!unit.emphasis && !label[2] && unit.kind !== 'heading' && unit.text.length > 20)) continue;
    const number = label[1]!;
    const text: string[] = label[2] ? [label[2]] : [];
    const response: string[] = [];
    let answer: RecommendationRecord['response'] = null;
    let k = i + 1;
    let inResponse = false;
    for (; k < units.length; k++) {
      const next = units[k]!;
      // The next recommendation: a heading, a bare "Recommendation 2:" line, or a numbered one after a response.
      const another = LABEL.exec(next.text);
      if (next.kind === 'row' || (another && (next.emphasis || next.kind === 'heading' || !another[2] || inResponse))) break;
      // After the response, the report's next numbered section ("4. Recommendation to the Committee").
      if (inResponse && /^\d{1,2}\.?\s+[A-Z][^.!?]{2,60}$/.test(next.text)) break;
      const r = RESPONSE.exec(next.text);
      if (r && !inResponse) {
        inResponse = true;
        answer = responseOf(r[1]);
        if (r[1] && !answer) response.push(r[1]);
        continue;
      }
      if (next.kind === 'heading' && !r) break;
      (inResponse ? response : text).push(next.text);
      used.add(k);
    }
    used.add(i);
    if (text.length && !found.has(number)) {
      found.set(number, { number, text: clean(text.join(' ')), response: answer, responseText: clean(response.join(' ')) || null });
    }
    i = k - 1;
  }
  return { recommendations: [...found.values()], used };
}

function responseOf(text: string | undefined): RecommendationRecord['response'] {
  // "Accepted in principle" commits to the aim, not to all of it.
  if (/\baccepted in principle\b|\bagreed in principle\b/i.test(text ?? '')) return 'partially accepted';
  const response = parseResponse(text);
  return response === 'pending' ? null : response;
}

function tableRow(unit: Unit, found: Map<string, RecommendationRecord>): void {
  const roles = unit.table!.roles;
  const at = (role: string) => (roles.indexOf(role as never) >= 0 ? clean(unit.cells[roles.indexOf(role as never)] ?? '') : '');
  const text = at('text');
  const number = at('number').replace(/\D+$/, '') || String(found.size + 1);
  if (!text || found.has(number)) return;
  const response = at('response');
  const answer = responseOf(response.split(/[.–-]/)[0]);
  found.set(number, { number, text, response: answer, responseText: response || null });
}
