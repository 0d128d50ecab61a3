/**
 * A small read cache for the costly figures (the dashboard, the action log's pages). Every
 * write to the record leaves an audit event in the same transaction, so the newest audit
 * event's id is a version of the whole record: a cached answer is used only while that id
 * is unchanged. This holds across processes sharing one PostgreSQL database too, because
 * each read asks the database for the id.
 */
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/connection.js';
import { scopeFor } from '../domain/access.js';
import type { ServiceContext } from './context.js';

const LIMIT = 500;

interface Entry {
  version: string;
  value: unknown;
}

const caches = new WeakMap<object, Map<string, Entry>>();
/** For the context of one web request: the version as it first read it, until it writes. */
const versions = new WeakMap<ServiceContext, Promise<string> | null>();

/** Marks a context as serving one request, short enough to read the version only once. */
export function forOneRequest(ctx: ServiceContext): ServiceContext {
  versions.set(ctx, null);
  return ctx;
}

async function readVersion(db: Executor): Promise<string> {
  const result = await db.execute(sql`select coalesce(max(id), 0)::text as version from audit_events`);
  return (result as unknown as { rows: { version: string }[] }).rows[0]!.version;
}

function recordVersion(ctx: ServiceContext): Promise<string> {
  if (!versions.has(ctx)) return readVersion(ctx.db);
  let version = versions.get(ctx);
  if (!version) versions.set(ctx, (version = readVersion(ctx.db)));
  return version;
}

/** Called after a write, so that the request's next read sees the record as it now is. */
export function recordChanged(ctx: ServiceContext): void {
  if (versions.has(ctx)) versions.set(ctx, null);
}

/**
 * The value for a key, worked out again only when the record has changed since. The key is
 * combined with what decides the answer besides the record: who may see what, and today.
 */
export async function memo<T>(ctx: ServiceContext, key: string, compute: () => Promise<T>): Promise<T> {
  const cache = caches.get(ctx.db as Database) ?? new Map<string, Entry>();
  caches.set(ctx.db as Database, cache);
  const fullKey = `${key}|${JSON.stringify(scopeFor(ctx.viewer))}|${ctx.today}`;
  const version = await recordVersion(ctx);
  const hit = cache.get(fullKey);
  if (hit && hit.version === version) {
    // Most recently used last, so that the oldest is dropped first.
    cache.delete(fullKey);
    cache.set(fullKey, hit);
    return hit.value as T;
  }
  const value = await compute();
  cache.set(fullKey, { version, value });
  if (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
  return value;
}
