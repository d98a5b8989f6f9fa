// SQL for the national service search and the office search: pg_trgm word similarity and full text over
// the stored search keys, the latest published edition of each office only.
import { and, asc, desc, eq, inArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { charters, editions, offices, services } from '../../db/schema.ts';
import { serviceSearchText } from '../charters/charters.mapping.ts';
import { KEY_PARTS, officeSearchText, type Term } from './search-text.ts';

export interface ServiceFilters {
  districtCodes?: readonly string[] | undefined;
  upazilaCode?: string | undefined;
  level?: string | undefined;
  category?: string | undefined;
}

/** The forms of a term worth comparing: the folded word, and its skeleton when it has two letters or more. */
const forms = (term: Term) => [term.folded, ...(term.skeleton.length >= 2 && term.skeleton !== term.folded ? [term.skeleton] : [])];

/** The best word similarity of any form of the term within a text. */
function similarity(term: Term, text: SQLWrapper): SQL {
  const each = forms(term).map((f) => sql`word_similarity(${f}, ${text})`);
  return sql`greatest(${sql.join(each, sql`, `)})`;
}

/** Some form of some term is like a word of the key: `%>` is what the trigram index answers. */
function matches(terms: readonly Term[], key: SQLWrapper): SQL {
  return sql`(${sql.join(
    terms.flatMap((t) => forms(t).map((f) => sql`${key} %> ${f}`)),
    sql` or `,
  )})`;
}

/** Full text over the same keys: any folded word or skeleton exactly. */
function tsQuery(terms: readonly Term[]): SQL {
  return sql`to_tsquery('simple', ${terms.flatMap((t) => forms(t).map((f) => `'${f.replace(/'/g, "''")}'`)).join(' | ')})`;
}

const nameKey = sql`split_part(${services.searchText}, ${KEY_PARTS}, 1)`;

export async function searchServices(db: Db, terms: readonly Term[], filters: ServiceFilters, limit: number) {
  const tsv = sql`to_tsvector('simple', ${services.searchText})`;
  const query = tsQuery(terms);
  // Each term counts by its best place: the name (1), the rest of the service (0.5), the office's names (0.6);
  // exact words and a name close to the whole query break ties.
  const score = sql<number>`(${sql.join(
    terms.map((t) => sql`greatest(${similarity(t, nameKey)}, 0.5 * ${similarity(t, services.searchText)}, 0.6 * ${similarity(t, offices.searchText)})`),
    sql` + `,
  )} + 0.2 * ts_rank(${tsv}, ${query}) + 0.1 * similarity(${terms.map((t) => t.folded).join(' ')}, ${nameKey}))::float8`;
  const conditions: SQL[] = [
    eq(editions.status, 'published'),
    sql`${editions.number} = (select max(e2.number) from ${editions} e2 where e2.charter_id = ${editions.charterId} and e2.status = 'published')`,
    // The candidates first, each branch on its own index (an OR across the joined tables would let neither
    // index be used and score every row): services whose key is like a term or holds one exactly, and the
    // services of offices whose names are like a term.
    sql`${services.id} in (
      select s.id from ${services} s where ${matches(terms, sql`s.search_text`)} or to_tsvector('simple', s.search_text) @@ ${query}
      union
      select s.id from ${services} s
        join ${editions} e on e.id = s.edition_id
        join ${charters} c on c.id = e.charter_id
        where c.office_id in (select o.id from ${offices} o where ${matches(terms, sql`o.search_text`)})
    )`,
  ];
  if (filters.districtCodes) conditions.push(inArray(offices.districtCode, [...filters.districtCodes]));
  if (filters.upazilaCode) conditions.push(eq(offices.upazilaCode, filters.upazilaCode));
  if (filters.level) conditions.push(eq(offices.level, filters.level));
  if (filters.category) conditions.push(eq(services.category, filters.category));
  return db
    .select({
      service: services,
      office: { id: offices.id, nameBn: offices.nameBn, nameEn: offices.nameEn, level: offices.level, districtCode: offices.districtCode },
      score: score.mapWith(Number),
    })
    .from(services)
    .innerJoin(editions, eq(editions.id, services.editionId))
    .innerJoin(charters, eq(charters.id, editions.charterId))
    .innerJoin(offices, eq(offices.id, charters.officeId))
    .where(and(...conditions))
    .orderBy(desc(score), asc(offices.id), asc(services.position))
    .limit(limit);
}

export type ServiceHit = Awaited<ReturnType<typeof searchServices>>[number];

/** Offices whose names are like the terms, or whose portal holds the text; best first. */
export async function searchOffices(db: Db, terms: readonly Term[], portalText: string, limit: number) {
  const pattern = `%${portalText.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const score = terms.length
    ? sql<number>`(${sql.join(
        terms.map((t) => similarity(t, offices.searchText)),
        sql` + `,
      )})::float8`
    : sql<number>`0::float8`;
  const byName = terms.length ? matches(terms, offices.searchText) : sql`false`;
  return db
    .select()
    .from(offices)
    .where(portalText ? or(byName, sql`${offices.portal} ilike ${pattern}`) : byName)
    .orderBy(desc(score), asc(offices.level), asc(offices.nameBn))
    .limit(limit);
}

/**
 * Makes every empty search key (a migration that changes the folding empties them): services in batches,
 * a published edition's rows included (the freeze lets the key alone change).
 */
export async function refreshSearchKeys(db: Db): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db
      .select({ id: services.id, name: services.name, channels: services.channels, documents: services.documents })
      .from(services)
      .where(eq(services.searchText, ''))
      .limit(500);
    if (!rows.length) break;
    for (const r of rows) {
      await db
        .update(services)
        .set({ searchText: serviceSearchText(r) })
        .where(eq(services.id, r.id));
    }
    done += rows.length;
  }
  const stale = await db.select().from(offices).where(eq(offices.searchText, ''));
  for (const o of stale) {
    await db
      .update(offices)
      .set({ searchText: officeSearchText(o) })
      .where(eq(offices.id, o.id));
  }
  return done + stale.length;
}
