import type { FastifyRequest } from 'fastify';

/**
 * Why a file could not be read. In English, the extractor's own words, which can name the
 * detail (the size, the damage found); in Welsh, the same kind of problem in Welsh.
 */
function sayFailure(request: FastifyRequest, row: { filename: string; error: string | null; problem: string | null }): string | null {
  if (!row.error || !row.problem || request.lang === 'en') return row.error;
  const key = `importPages.upload.problems.${row.problem.replace(/ (\w)/g, (_, c: string) => c.toUpperCase())}`;
  const said = request.t(key, { file: row.filename });
  return said === key ? row.error : said;
}

/** An import as listed, with its failure said in the page's language. */
export function withFailureSaid<T extends { filename: string; error: string | null; problem: string | null }>(request: FastifyRequest, row: T): T {
  return { ...row, error: sayFailure(request, row) };
}
