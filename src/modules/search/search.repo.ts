// SQL for the national service search and the office search. Services are found through the search index of
// migration 0011 (kept by triggers): the query's terms are matched with pg_trgm against the index's words,
// then names, offices and documents holding those words are scored; the latest published edition only.
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { charters, editions, offices, searchEntries, searchNames, searchOffices as officeWords, searchWords, services } from '../../db/schema.ts';
import { serviceSearchText } from '../charters/charters.mapping.ts';
import { officeSearchText, type Term } from './search-text.ts';

export interface ServiceFilters {
  districtCodes?: readonly string[] | undefined;
  upazilaCode?: string | undefined;
  level?: string | undefined;
  category?: string | undefined;
}

/** The forms of a term worth comparing: the folded word, and its skeleton when it has two letters or more. */
const forms = (term: Term) => [term.folded, ...(term.skeleton.length >= 2 && term.skeleton !== term.folded ? [term.skeleton] : [])];

/** The filters on a table with district_code, upazila_code and level (and category, for entries). */
function placeFilter(alias: SQL, filters: ServiceFilters, withCategory: boolean): SQL {
  const where: SQL[] = [sql`true`];
  if (filters.districtCodes)
    where.push(
      filters.districtCodes.length
        ? sql`${alias}.district_code in (${sql.join(
            [...filters.districtCodes].map((c) => sql`${c}`),
            sql`, `,
          )})`
        : sql`false`,
    );
  if (filters.upazilaCode) where.push(sql`${alias}.upazila_code = ${filters.upazilaCode}`);
  if (filters.level) where.push(sql`${alias}.level = ${filters.level}`);
  if (withCategory && filters.category) where.push(sql`${alias}.category = ${filters.category}`);
  return sql.join(where, sql` and `);
}

/** How many of a term's likest index words count, and how many candidates each way brings. */
const WORDS_PER_TERM = 40;
const TOP_NAMES = 60;
const TOP_OFFICES = 20;
const PER_OFFICE = 100;
/** The best offices like a term whose services with the best names are candidates (one index probe each). */
const OFFICES_WITH_NAMES = 200;
const BY_REST = 400;
/** Offices the office search scores at most. */
const CANDIDATE_OFFICES = 2000;
/** A word in more offices' names than this ("অধিদপ্তর", "কার্যালয়") tells no office apart. */
const GENERIC_OFFICE_WORD = 2000;
/** Channels and documents bring candidates by their rarer words only ("আবেদন" is in most). */
const RARE_REST_WORD = 5000;
const ENTRY = sql.raw('e.service_id, e.office_id, e.name_id, e.position, e.rest_words');

/** An array of ids written into the statement, so the planner sees it and takes the array index. */
const ids = (list: readonly number[]) => sql.raw(`'{${list.map((n) => Math.trunc(n)).join(',')}}'::int[]`);

/** The index words like each term: `%>` on the small word table's trigram index, best first. */
async function termWords(db: Db, terms: readonly Term[], generic: { office: number; rest: number }) {
  const pairs = terms.flatMap((t, i) => forms(t).map((f) => sql`(${i}::int, ${f}::text)`));
  // The word table is small: the planner reads it through, which measured faster than its trigram index on
  // PGlite (short Latin skeletons match many trigrams); a larger table turns to the index by itself.
  const rows = (await db.execute(sql`
    select term, word, sim, office_count, rest_count,
      (select greatest(reltuples, 0) from pg_class where oid = ${sql.raw(`'search_offices'::regclass`)})::float8 as offices,
      (select greatest(reltuples, 0) from pg_class where oid = ${sql.raw(`'search_entries'::regclass`)})::float8 as entries
    from (
      select f.term, w.id as word, w.office_count, w.rest_count, max(word_similarity(f.form, w.word))::float8 as sim,
             row_number() over (partition by f.term order by max(word_similarity(f.form, w.word)) desc, w.id) as rank
      from (values ${sql.join(pairs, sql`, `)}) as f(term, form)
      join ${searchWords} w on w.word %> f.form
        -- a word nothing holds any more (a name corrected since) takes no live word's place
        and (w.office_count > 0 or w.rest_count > 0 or exists (select 1 from ${searchNames} n where n.words @> array[w.id]))
      group by f.term, w.id, w.office_count, w.rest_count
    ) ranked where rank <= ${WORDS_PER_TERM}`)) as unknown as {
    rows: { term: number; word: number; sim: number; office_count: number; rest_count: number; offices: number; entries: number }[];
  };
  // A word in most offices' names or most services' documents tells nothing apart: the table sizes are the
  // planner's estimates (0 before the first analyse, when the fixed bounds alone apply).
  const bound = (fixed: number, size: number) => (size > 0 ? Math.min(fixed, Math.max(50, 0.2 * size)) : fixed);
  generic.office = bound(GENERIC_OFFICE_WORD, Number(rows.rows[0]?.offices ?? 0));
  generic.rest = bound(RARE_REST_WORD, Number(rows.rows[0]?.entries ?? 0));
  return rows.rows.map((r) => ({
    term: Number(r.term),
    word: Number(r.word),
    sim: Number(r.sim),
    offices: Number(r.office_count),
    rest: Number(r.rest_count),
  }));
}

/**
 * Services of the latest published editions like the terms, best first. Each term counts by its best place:
 * the name (1), the channels and documents (0.5), the office's names (0.6); a name close to the whole query
 * breaks ties. Names are scored once for all the services that share them, and only candidates are scored:
 * the first services of the best names, those of the best names in offices like a term, the services of the
 * best offices, and services whose documents hold a rarer term. Each way is an index scan.
 */
export async function searchServices(db: Db, terms: readonly Term[], filters: ServiceFilters, limit: number) {
  const generic = { office: GENERIC_OFFICE_WORD, rest: RARE_REST_WORD };
  const words = await termWords(db, terms, generic);
  if (!words.length) return [];
  const tw = sql.join(
    words.map((w) => sql`(${w.term}::int, ${w.word}::int, ${w.sim}::float8)`),
    sql`, `,
  );
  const all = ids([...new Set(words.map((w) => w.word))]);
  const officeWordIds = ids([...new Set(words.filter((w) => w.offices > 0 && w.offices <= generic.office).map((w) => w.word))]);
  const restWordIds = ids([...new Set(words.filter((w) => w.rest > 0).map((w) => w.word))]);
  const rareRestIds = ids([...new Set(words.filter((w) => w.rest > 0 && w.rest <= generic.rest).map((w) => w.word))]);
  const filter = placeFilter(sql.raw('e'), filters, true);
  // the offices' side keeps to the same place and level: the best offices like a term are those in the filter
  const officeFilter = placeFilter(sql.raw('o'), filters, false);
  const whole = terms.map((t) => t.folded).join(' ');
  const ranked = (await db.execute(sql`
    with tw(term, word, sim) as (values ${tw}),
    name_term as (
      select n.id as name_id, tw.term, max(tw.sim) as sim
      from ${searchNames} n join tw on n.words @> array[tw.word]
      where n.words && ${all}
      group by n.id, tw.term),
    name_score as (select name_id, sum(sim) as score from name_term group by name_id),
    top_names as (select name_id from name_score order by score desc, name_id limit ${TOP_NAMES}),
    office_term as (
      select so.office_id, tw.term, max(tw.sim) as sim
      from ${officeWords} so join tw on so.words @> array[tw.word] join ${offices} o on o.id = so.office_id
      where so.words && ${officeWordIds} and tw.word = any (${officeWordIds}) and ${officeFilter}
      group by so.office_id, tw.term),
    office_score as (select office_id, sum(sim) as score from office_term group by office_id),
    cand as (
      select c.* from top_names top
        cross join lateral (select ${ENTRY} from ${searchEntries} e where e.name_id = top.name_id and ${filter}
          order by e.office_id, e.position limit ${limit}) c
      union
      select c.* from (select office_id from office_score order by score desc, office_id limit ${OFFICES_WITH_NAMES}) top
        cross join lateral (select ${ENTRY} from ${searchEntries} e
          where e.office_id = top.office_id and e.name_id = any ((select array_agg(name_id) from top_names)::int[]) and ${filter}
          order by e.position limit ${limit}) c
      union
      select c.* from (select office_id from office_score order by score desc, office_id limit ${TOP_OFFICES}) top
        cross join lateral (select ${ENTRY} from ${searchEntries} e where e.office_id = top.office_id and ${filter}
          order by e.position limit ${PER_OFFICE}) c
      union
      (select ${ENTRY} from ${searchEntries} e where e.rest_words && ${rareRestIds} and ${filter} limit ${BY_REST})
    ),
    ce as materialized (select * from cand),
    parts as (
      select ce.service_id, nt.term, nt.sim as v from ce join name_term nt on nt.name_id = ce.name_id
      union all
      select ce.service_id, ot.term, 0.6 * ot.sim from ce join office_term ot on ot.office_id = ce.office_id
      union all
      select ce.service_id, tw.term, 0.5 * tw.sim from ce join tw on ce.rest_words @> array[tw.word]
        where ce.rest_words && ${restWordIds}),
    best as (select service_id, term, max(v) as v from parts group by service_id, term),
    scored as (select service_id, sum(v) as score from best group by service_id),
    bonus as materialized (
      select n.id as name_id, 0.1 * similarity(${whole}, n.key) as v
      from ${searchNames} n where n.id in (select distinct name_id from ce))
    select s.service_id, (s.score + b.v)::float8 as score
    from scored s join ce using (service_id) join bonus b on b.name_id = ce.name_id
    order by 2 desc, ce.office_id, ce.position
    limit ${limit}`)) as unknown as { rows: { service_id: number; score: number }[] };
  const order = ranked.rows.map((r) => ({ id: Number(r.service_id), score: Number(r.score) }));
  if (!order.length) return [];
  const rows = await db
    .select({
      service: services,
      office: { id: offices.id, nameBn: offices.nameBn, nameEn: offices.nameEn, level: offices.level, districtCode: offices.districtCode },
    })
    .from(services)
    .innerJoin(editions, eq(editions.id, services.editionId))
    .innerJoin(charters, eq(charters.id, editions.charterId))
    .innerJoin(offices, eq(offices.id, charters.officeId))
    .where(
      inArray(
        services.id,
        order.map((o) => o.id),
      ),
    );
  const byId = new Map(rows.map((r) => [r.service.id, r]));
  return order.flatMap((o) => {
    const row = byId.get(o.id);
    return row ? [{ ...row, score: o.score }] : [];
  });
}

export type ServiceHit = Awaited<ReturnType<typeof searchServices>>[number];

/**
 * Offices whose names are like the terms, or whose portal holds the text; best first. Candidates are the
 * offices holding a word like a term that tells offices apart (all the words when none does), each scored by
 * all its words; the portal through its trigram index.
 */
export async function searchOffices(db: Db, terms: readonly Term[], portalText: string, limit: number) {
  const pattern = `%${portalText.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const generic = { office: GENERIC_OFFICE_WORD, rest: RARE_REST_WORD };
  const words = terms.length ? await termWords(db, terms, generic) : [];
  const inOffices = words.filter((w) => w.offices > 0);
  const telling = inOffices.filter((w) => w.offices <= generic.office);
  const candidates = ids([...new Set((telling.length ? telling : inOffices).map((w) => w.word))]);
  const tw = inOffices.length
    ? sql.join(
        inOffices.map((w) => sql`(${w.term}::int, ${w.word}::int, ${w.sim}::float8)`),
        sql`, `,
      )
    : sql`(0, 0, 0::float8)`;
  const ranked = (await db.execute(sql`
    with tw(term, word, sim) as (values ${tw}),
    cand as (
      (select office_id from ${officeWords} where words && ${candidates} limit ${CANDIDATE_OFFICES})
      union
      (select id from ${offices} where ${portalText ? sql`${offices.portal} ilike ${pattern}` : sql`false`} limit ${limit})),
    per_term as (
      select so.office_id, tw.term, max(tw.sim) as sim
      from cand join ${officeWords} so using (office_id) cross join lateral unnest(so.words) as ow(word) join tw on tw.word = ow.word
      group by so.office_id, tw.term),
    scored as (select cand.office_id, coalesce(sum(per_term.sim), 0) as score from cand left join per_term using (office_id) group by cand.office_id)
    select o.id from scored s join ${offices} o on o.id = s.office_id
    order by s.score desc, o.level, o.name_bn
    limit ${limit}`)) as unknown as { rows: { id: number }[] };
  const order = ranked.rows.map((r) => Number(r.id));
  if (!order.length) return [];
  const rows = await db.select().from(offices).where(inArray(offices.id, order));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return order.flatMap((id) => byId.get(id) ?? []);
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
