/** The GOV.UK pagination component's parameters for a list page. */
import type { Translate } from '../../../i18n/index.js';

interface PageLink {
  number?: number;
  href?: string;
  current?: boolean;
  ellipsis?: boolean;
  visuallyHiddenText?: string;
}

export interface Pagination {
  previous?: { href: string; text: string };
  next?: { href: string; text: string };
  items: PageLink[];
  landmarkLabel: string;
}

/** Links to each page of a list, keeping its filters; null when it fits on one page. */
export function pagination(url: string, page: number, pageSize: number, total: number, t: Translate): Pagination | null {
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  const link = (n: number) => {
    const target = new URL(url, 'http://localhost');
    target.searchParams.set('page', String(n));
    return `${target.pathname}?${target.searchParams.toString()}`;
  };
  const items: PageLink[] = [];
  for (let n = 1; n <= pages; n++) {
    // First, last and the two either side of the current page; an ellipsis for each gap.
    if (n === 1 || n === pages || Math.abs(n - page) <= 2) {
      items.push({ number: n, href: link(n), current: n === page, visuallyHiddenText: t('meetings.list.pageNumber', { n }) });
    } else if (!items.at(-1)?.ellipsis) {
      items.push({ ellipsis: true });
    }
  }
  return {
    items,
    landmarkLabel: t('meetings.list.pagination'),
    ...(page > 1 ? { previous: { href: link(page - 1), text: t('common.previous') } } : {}),
    ...(page < pages ? { next: { href: link(page + 1), text: t('common.next') } } : {}),
  };
}
