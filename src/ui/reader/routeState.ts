/**
 * What the reader's URL says, parsed once where it enters (the route's validateSearch) and
 * written back by `toSearch`: the columns in order, each a translation (it joins the aligned
 * rows) or related (shown beside the rows through the facts it shares), and whether the
 * alignment is being edited. Pure: no Solid, no router.
 */

export type Relation = 'translation' | 'related';
export type ReadingMode = 'read' | 'edit';

export interface Column {
  id: string;
  relation: Relation;
}

export interface ReaderRoute {
  columns: Column[];
  mode: ReadingMode;
}

/** The URL's form: `docs=a,b,c&related=c&mode=edit` (bookmarkable, readable). */
export interface ReaderSearchInput {
  docs?: string;
  related?: string;
  mode?: 'edit' | 'comparable';
}

/** Columns a reader shows at most: three is what a screen can hold side by side. */
export const MAX_COLUMNS = 3;

const list = (v: unknown): string[] =>
  typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export function parseReaderSearch(search: { docs?: unknown; related?: unknown; mode?: unknown }): ReaderRoute {
  const ids = [...new Set(list(search.docs))].slice(0, MAX_COLUMNS);
  const related = new Set(list(search.related));
  // Bookmarks from before columns had relations: `mode=comparable` read two related reports.
  if (search.mode === 'comparable' && ids.length === 2) related.add(ids[1]!);
  // The first column is what the rows follow: it is always a translation.
  const columns = ids.map((id, i): Column => ({ id, relation: i > 0 && related.has(id) ? 'related' : 'translation' }));
  return { columns, mode: search.mode === 'edit' ? 'edit' : 'read' };
}

export function toSearch(route: ReaderRoute): ReaderSearchInput {
  const related = route.columns.filter((c) => c.relation === 'related').map((c) => c.id);
  return {
    docs: route.columns.map((c) => c.id).join(','),
    ...(related.length ? { related: related.join(',') } : {}),
    ...(route.mode === 'edit' ? { mode: 'edit' as const } : {}),
  };
}

/** The translation columns' ids in column order: what an alignment belongs to. */
export const translationIds = (columns: readonly Column[]): string[] => columns.filter((c) => c.relation === 'translation').map((c) => c.id);
