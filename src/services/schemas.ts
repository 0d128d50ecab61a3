/** Building blocks for input schemas: one place for the limits every form and API route shares. */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates.js';

export const id = z.coerce.number().int().positive();
export const isoDate = z.string().refine(isIsoDate, 'Enter a real date as YYYY-MM-DD');
export const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM, for example 14:30');
export const shortText = (max = 300) => z.string().trim().min(1, 'Enter some text').max(max, `Enter ${max} characters or fewer`);
export const longText = (max = 20_000) => z.string().trim().min(1, 'Enter some text').max(max, `Enter ${max} characters or fewer`);
export const optionalText = (max = 300) => z.string().trim().max(max, `Enter ${max} characters or fewer`).nullish().transform((v) => (v ? v : null));

export const paging = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type Paging = z.output<typeof paging>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Query-string booleans: "true", "1", "yes". */
export const flag = z.preprocess((v) => (typeof v === 'string' ? ['true', '1', 'yes', 'on'].includes(v.toLowerCase()) : v), z.boolean());

/** A query-string list: "a,b" or repeated keys. */
export const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item));
