/** The response clock in words: "Response due on 5 May 2024 (12 days left)", "(3 days overdue)", "Responded on …". */
import type { Language } from '../../../domain/bodies.js';
import type { ResponseClock } from '../../../services/recommendations/index.js';
import { formatDate, type Translate } from '../../../i18n/index.js';

export function clockInWords(clock: ResponseClock, t: Translate, lang: Language): { text: string; overdue: boolean } | null {
  const date = formatDate(clock.dueOn, lang);
  const key = 'recommendations.clock';
  switch (clock.state) {
    case 'no clock': return null;
    case 'responded': return { text: t(`${key}.responded`, { date: formatDate(clock.respondedOn, lang) }), overdue: false };
    case 'responded late': return { text: t(`${key}.respondedLate`, { date: formatDate(clock.respondedOn, lang), due: date }), overdue: false };
    case 'overdue': {
      const n = -(clock.daysLeft ?? 0);
      return { text: t(n === 1 ? `${key}.overdueOne` : `${key}.overdue`, { date, n }), overdue: true };
    }
    case 'running': {
      const n = clock.daysLeft ?? 0;
      return { text: t(n === 0 ? `${key}.dueToday` : n === 1 ? `${key}.leftOne` : `${key}.left`, { date, n }), overdue: false };
    }
  }
}
