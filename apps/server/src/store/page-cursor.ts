import { CoulerError } from '@couler/ir';

/** Where a page ended: the sort key of its last row. Opaque to clients. */
export interface PageCursor {
  readonly createdAt: string;
  readonly id: string;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string): PageCursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') return { createdAt: value[0], id: value[1] };
  } catch {
    // Falls through to the error below.
  }
  throw new CoulerError('INVALID_FIELD', 'The cursor is not one this server gave out.', { path: ['querystring', 'cursor'], hint: 'Pass the nextCursor of the previous page as it was.' });
}

/** The first `limit` of `rows` (fetched with one more, to tell whether a next page exists). */
export function toPage<T extends { created_at: string; id: string }>(rows: T[], limit: number): { rows: T[]; nextCursor?: string } {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return { rows: page, ...(more && last && { nextCursor: encodeCursor({ createdAt: last.created_at, id: last.id }) }) };
}
