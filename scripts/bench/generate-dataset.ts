// Generates the benchmark dataset into DATABASE_URL (already migrated and seeded with the demo):
// 10,000 partners, 20,000 agreements (+ partners, cooperation conditions), 100,000 mobility records over
// ten academic years, 2,000 students, 2,000 opportunities, 50,000 applications — one opportunity with
// exactly 500 — and the office's records of dataset-office.ts (5,000 visits with 30,000 participants and
// their agendas, 3,000 events, 1,000 projects with their work plans, 20,000 activities and 50,000 budget
// lines and expenses, 2,000 grant calls, 20,000 international students), then ANALYZE; and the
// deadline-rush rows (300 students without applications and their call; ensureRushData).
// Set-based SQL only (INSERT … SELECT generate_series); deterministic: every random choice is a hash
// of (row number, purpose, seed), so the same seed gives the same rows.
//
//   DATABASE_URL=… npx tsx --conditions=react-server scripts/bench/generate-dataset.ts [--seed 42] [--force]
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { OFFICE_COUNTS_SQL, OFFICE_REFERENCES, OFFICE_SIZES, officeStatements } from "./dataset-office";
import {
  AREAS, CITIES, COMPANY_SUFFIXES, DESCRIPTION_TOPICS, FIELDS, FIRST_NAMES, LANGUAGES, LAST_NAMES, NAMESAKES,
  ORGANIZATION_NOUNS, UNIVERSITY_ADJECTIVES,
} from "./word-lists";

export const DATASET_VERSION = "3";
export const SIZES = { partners: 10_000, agreements: 20_000, mobilities: 100_000, students: 2_000, opportunities: 2_000, applications: 50_000, queue: 500, rushStudents: 300 };

export interface DatasetInfo {
  version: string;
  seed: number;
  generatedAt: string;
  /** The opportunity with exactly 500 applications (the reviewer-queue benchmark). */
  queueOpportunityId: string;
  /** A public, active partner with the most agreements (the partner-page benchmark). */
  partnerSlug: string;
  /** A published, open opportunity with the usual number of applications (the opportunity-page benchmark). */
  opportunityId: string;
  /** The incoming delegation of 20 guests with every passport detail (the visit page and the letters scenario). */
  delegationVisitId: string;
  /** The running project with the most activities and expenses (the project page rows). */
  projectId: string;
  /** A day of the month the staff calendar is measured on (the day the dataset was generated: visits and events lie around it). */
  calendarDay: string;
  /** The last calendar year before the one the dataset was generated in (the annual report scenario). */
  reportYear: number;
  counts: Record<string, number>;
  seconds: number;
}

const META_TABLE = `"_bench_dataset"`;

/** The dataset info when this database already holds the current version of the dataset, else null. */
export async function readDatasetInfo(client: pg.Client): Promise<DatasetInfo | null> {
  const exists = await client.query(`SELECT to_regclass('${META_TABLE}') IS NOT NULL AS ok`);
  if (!exists.rows[0]?.ok) return null;
  const row = await client.query<{ info: DatasetInfo }>(`SELECT info FROM ${META_TABLE} WHERE id = 1`);
  const info = row.rows[0]?.info;
  return info && info.version === DATASET_VERSION ? info : null;
}

/** The version of the dataset this database holds (null: none), whatever the generator's current version. */
export async function readDatasetVersion(client: pg.Client): Promise<string | null> {
  const exists = await client.query(`SELECT to_regclass('${META_TABLE}') IS NOT NULL AS ok`);
  if (!exists.rows[0]?.ok) return null;
  const row = await client.query<{ version: string | null }>(`SELECT info->>'version' AS version FROM ${META_TABLE} WHERE id = 1`);
  return row.rows[0]?.version ?? null;
}

function textArray(client: pg.Client, items: readonly string[]): string {
  return `ARRAY[${items.map((item) => client.escapeLiteral(item)).join(",")}]::text[]`;
}

/** Statements in order; each is timed. `{…}` placeholders are replaced before running. */
function statements(client: pg.Client, seed: number): [string, string][] {
  const L = (items: readonly string[]) => textArray(client, items);
  const cities = L(CITIES.map(([city]) => city));
  const cityCountries = L(CITIES.map(([, code]) => code));
  const n = SIZES;
  // Opportunity numbering: 1 = the reviewer queue, 2..1800 published, 1801..1950 closed, 1951..2000 drafts.
  const published = 1800;
  const closed = 1950;
  const applicable = closed - 1; // opportunities 2..1950 take the other applications
  return [
    ["prng", `
      CREATE FUNCTION pg_temp.rnd(i bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
        $$ SELECT (hashint8extended(i, salt::bigint * 1000003 + ${seed}) & 2147483647)::float8 / 2147483648.0 $$;
      CREATE FUNCTION pg_temp.ri(i bigint, salt int, n int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
        $$ SELECT floor(pg_temp.rnd(i, salt) * n)::int $$;
      CREATE FUNCTION pg_temp.pick(arr text[], i bigint, salt int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
        $$ SELECT arr[1 + pg_temp.ri(i, salt, array_length(arr, 1))] $$;
      -- A name-based UUID with valid version (5) and variant bits: strict validators (zod's z.uuid()) accept it.
      CREATE FUNCTION pg_temp.uid(kind text, i bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
        $$ SELECT (substr(h, 1, 12) || '5' || substr(h, 14, 3) || substr('89ab', 1 + (('x' || substr(h, 17, 1))::bit(4)::int & 3), 1)
                   || substr(h, 18, 15))::uuid FROM md5('iro-bench:' || kind || ':' || i) AS h $$;
      -- The partner of agreement j, and its optional second partner (0 = none).
      CREATE FUNCTION pg_temp.agreement_partner(j bigint) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
        $$ SELECT 1 + floor(power(pg_temp.rnd(j, 11), 1.6) * ${n.partners})::int $$;
      CREATE TEMP TABLE bench_ref AS SELECT
        (SELECT array_agg(id::text ORDER BY code) FROM "Unit") AS units,
        (SELECT array_agg(id::text ORDER BY code) FROM "MobilityProgram") AS programs,
        (SELECT array_agg(code ORDER BY code) FROM "IscedField" WHERE level = 'DETAILED' AND code !~ '[089]$') AS isced,
        (SELECT id::text FROM "User" WHERE email = 'officer@khazar.org') AS officer;
      DO $$ BEGIN
        IF (SELECT officer FROM bench_ref) IS NULL THEN RAISE EXCEPTION 'seed the demo first (officer@khazar.org is missing)'; END IF;
      END $$;
    `],
    ["partners", `
      CREATE TEMP TABLE bench_partner AS
      WITH base AS (
        SELECT i, pg_temp.rnd(i, 1) AS rk, 1 + pg_temp.ri(i, 2, array_length(${cities}, 1)) AS ci, pg_temp.ri(i, 3, 8) AS pat,
          pg_temp.pick(${L(NAMESAKES)}, i, 4) AS person, pg_temp.pick(${L(UNIVERSITY_ADJECTIVES)}, i, 5) AS adj,
          pg_temp.pick(${L(FIELDS)}, i, 6) AS field
        FROM generate_series(1, ${n.partners}) AS i
      ), kinded AS (
        SELECT b.*, (${cities})[ci] AS city, (${cityCountries})[ci] AS cc,
          CASE WHEN rk < .60 THEN 'UNIVERSITY' WHEN rk < .68 THEN 'RESEARCH_INSTITUTE' WHEN rk < .78 THEN 'ORGANIZATION'
               WHEN rk < .86 THEN 'COMPANY' WHEN rk < .91 THEN 'FOUNDATION' WHEN rk < .95 THEN 'GOVERNMENT'
               WHEN rk < .97 THEN 'EMBASSY' ELSE 'NETWORK' END AS kind
        FROM base b
      ), named AS (
        SELECT k.*, c.name AS country_name, CASE k.kind
          WHEN 'UNIVERSITY' THEN CASE pat
            WHEN 0 THEN 'University of ' || city WHEN 1 THEN city || ' ' || adj || ' University'
            WHEN 2 THEN person || ' University' WHEN 3 THEN city || ' University of ' || field
            WHEN 4 THEN adj || ' University of ' || city WHEN 5 THEN person || ' ' || city || ' State University'
            WHEN 6 THEN city || ' Institute of ' || field ELSE city || ' School of ' || field END
          WHEN 'RESEARCH_INSTITUTE' THEN CASE WHEN pat < 4 THEN field || ' Research Institute of ' || city ELSE person || ' Institute of ' || field END
          WHEN 'ORGANIZATION' THEN city || ' ' || field || ' ' || pg_temp.pick(${L(ORGANIZATION_NOUNS)}, i, 8)
          WHEN 'COMPANY' THEN city || ' ' || field || ' ' || pg_temp.pick(${L(COMPANY_SUFFIXES)}, i, 8)
          WHEN 'FOUNDATION' THEN person || ' Foundation for ' || field
          WHEN 'GOVERNMENT' THEN 'Ministry of ' || field || ' of ' || c.name
          WHEN 'EMBASSY' THEN 'Embassy of ' || c.name || ' (' || field || ' Section)'
          ELSE c.name || ' ' || field || ' Universities Network' END AS name0
        FROM kinded k JOIN "Country" c ON c.code = k.cc
      ), slugged AS (
        SELECT nm.*, trim(both '-' from regexp_replace(lower(name0), '[^a-z0-9]+', '-', 'g')) AS base_slug FROM named nm
      ), ranked AS (
        SELECT s.*, row_number() OVER (PARTITION BY base_slug ORDER BY i)
          + CASE WHEN EXISTS (SELECT 1 FROM "Partner" p WHERE p.slug = s.base_slug) THEN 1 ELSE 0 END AS rn
        FROM slugged s
      )
      SELECT i, pg_temp.uid('partner', i) AS id, kind, cc, city, country_name,
        CASE WHEN rn > 1 THEN name0 || ' (campus ' || rn || ')' ELSE name0 END AS name,
        CASE WHEN rn > 1 THEN base_slug || '-' || rn ELSE base_slug END AS slug
      FROM ranked;
      CREATE UNIQUE INDEX ON bench_partner (i);

      INSERT INTO "Partner" (id, slug, name, kind, "countryCode", city, website, description, areas, status, "isPublic",
                             "internalNotes", "archivedAt", "createdAt", "updatedAt")
      SELECT id, slug, name, kind::"PartnerKind", cc, city, 'https://www.' || left(slug, 40) || '.example.edu',
        name || ' (' || city || ', ' || country_name || ') cooperates with the university in '
          || pg_temp.pick(${L(DESCRIPTION_TOPICS)}, i, 9) || ' and ' || pg_temp.pick(${L(DESCRIPTION_TOPICS)}, i, 10)
          || '. Students and staff take part in exchanges, summer schools and joint projects.',
        ARRAY(SELECT a FROM unnest(${L(AREAS)}) WITH ORDINALITY AS t(a, k)
              WHERE pg_temp.rnd(i * 16 + k, 12) < CASE WHEN k <= 2 THEN 0.55 ELSE 0.18 END ORDER BY k),
        (CASE WHEN pg_temp.rnd(i, 13) < .72 THEN 'ACTIVE' WHEN pg_temp.rnd(i, 13) < .87 THEN 'INACTIVE' ELSE 'PROSPECT' END)::"PartnerStatus",
        pg_temp.rnd(i, 14) < .95,
        'Benchmark record ' || i || ': internal note, never public.',
        CASE WHEN pg_temp.rnd(i, 15) < .02 THEN now() - interval '30 days' END,
        now() - (pg_temp.ri(i, 16, 3000) || ' days')::interval, now()
      FROM bench_partner;

      INSERT INTO "PartnerContact" (id, "partnerId", name, position, email, "isPublic")
      SELECT pg_temp.uid('partner-contact-' || k, i), id, CASE k WHEN 1 THEN 'International Office' ELSE 'Exchange coordinator' END,
        CASE k WHEN 1 THEN 'General enquiries' ELSE 'Incoming and outgoing mobility' END,
        CASE k WHEN 1 THEN 'international@' ELSE 'exchange@' END || left(slug, 30) || '.example.edu', k = 1
      FROM bench_partner, generate_series(1, 2) AS k WHERE kind = 'UNIVERSITY';
    `],
    ["agreements", `
      CREATE TEMP TABLE bench_agreement AS
      WITH base AS (
        SELECT j, pg_temp.uid('agreement', j) AS id, pg_temp.agreement_partner(j) AS p1,
          CASE WHEN pg_temp.rnd(j, 12) < .15 THEN 1 + pg_temp.ri(j, 13, ${n.partners}) ELSE 0 END AS p2,
          pg_temp.rnd(j, 14) AS rs, pg_temp.ri(j, 15, 1800) AS d1, pg_temp.ri(j, 16, 1800) AS d2
        FROM generate_series(1, ${n.agreements}) AS j
      )
      SELECT b.*, CASE WHEN rs < .55 THEN 'ACTIVE' WHEN rs < .75 THEN 'EXPIRED' WHEN rs < .82 THEN 'DRAFT'
                       WHEN rs < .89 THEN 'IN_NEGOTIATION' WHEN rs < .94 THEN 'AWAITING_SIGNATURE' ELSE 'TERMINATED' END AS status
      FROM base b;

      INSERT INTO "Agreement" (id, "referenceNumber", title, kind, status, "unitId", "responsibleId", scope, "signedOn", "startsOn",
                               "endsOn", "renewalType", "noticePeriodDays", "internalNotes", "terminatedOn", "createdAt", "updatedAt")
      SELECT a.id, 'BENCH-' || lpad(a.j::text, 5, '0'),
        CASE WHEN kind.k LIKE 'ERASMUS%' THEN 'Erasmus+ inter-institutional agreement with ' ELSE 'Cooperation agreement with ' END || p.name,
        kind.k::"AgreementKind", a.status::"AgreementStatus",
        (r.units)[1 + pg_temp.ri(a.j, 17, array_length(r.units, 1))]::uuid,
        CASE WHEN pg_temp.rnd(a.j, 18) < .9 THEN r.officer::uuid END,
        ARRAY(SELECT s::"AgreementScope" FROM unnest(enum_range(NULL::"AgreementScope")::text[]) WITH ORDINALITY AS t(s, k)
              WHERE k = 1 OR pg_temp.rnd(a.j * 16 + k, 19) < .2),
        CASE WHEN a.status IN ('ACTIVE', 'EXPIRED', 'TERMINATED') THEN dates.starts - 14 END,
        dates.starts, dates.ends,
        (CASE WHEN a.j % 4 = 0 THEN 'AUTOMATIC' WHEN a.j % 4 = 1 THEN 'NONE' ELSE 'BY_NOTICE' END)::"RenewalType",
        CASE WHEN a.j % 4 >= 2 THEN 90 END,
        CASE WHEN a.j % 3 = 0 THEN 'Internal: renegotiate places at renewal (' || a.j || ').' ELSE '' END,
        CASE WHEN a.status = 'TERMINATED' THEN current_date - (a.d1 % 300) END,
        now() - ((a.d1 + 30) || ' days')::interval, now()
      FROM bench_agreement a
      JOIN bench_partner p ON p.i = a.p1
      CROSS JOIN bench_ref r
      CROSS JOIN LATERAL (SELECT (enum_range(NULL::"AgreementKind")::text[])[1 + pg_temp.ri(a.j, 20, 12)] AS k) kind
      CROSS JOIN LATERAL (SELECT CASE a.status
          WHEN 'ACTIVE' THEN current_date - a.d1 WHEN 'EXPIRED' THEN current_date - 1900 - a.d1 / 2
          WHEN 'TERMINATED' THEN current_date - 1500 - a.d1 / 3 ELSE current_date + 30 + a.d1 / 10 END AS starts) s0
      CROSS JOIN LATERAL (SELECT s0.starts AS starts, CASE a.status
          WHEN 'ACTIVE' THEN current_date + 5 + a.d2 WHEN 'EXPIRED' THEN current_date - 1 - a.d2 / 2
          ELSE s0.starts + 1825 END AS ends) dates;

      INSERT INTO "AgreementPartner" ("agreementId", "partnerId")
      SELECT a.id, pg_temp.uid('partner', a.p1) FROM bench_agreement a
      UNION ALL
      SELECT a.id, pg_temp.uid('partner', a.p2) FROM bench_agreement a WHERE a.p2 > 0 AND a.p2 <> a.p1;

      INSERT INTO "CooperationCondition" (id, "agreementId", direction, "mobilityType", level, "iscedCode", "placesPerYear",
        "monthsPerPlace", "daysPerPlace", language, "languageLevel", "fromAcademicYear", "toAcademicYear")
      SELECT pg_temp.uid('condition-' || f, a.j), a.id,
        (CASE WHEN f = 2 THEN 'INCOMING' ELSE 'OUTGOING' END)::"MobilityDirection",
        (CASE WHEN f = 3 THEN 'STAFF_TEACHING' ELSE 'STUDENT_STUDY' END)::"MobilityType",
        (CASE WHEN f = 3 THEN NULL WHEN a.j % 3 = 0 THEN 'MASTER' ELSE 'BACHELOR' END)::"StudyLevel",
        CASE WHEN f <> 3 THEN (r.isced)[1 + pg_temp.ri(a.j, 21, array_length(r.isced, 1))] END,
        1 + pg_temp.ri(a.j * 4 + f, 22, 5),
        CASE WHEN f <> 3 THEN 5 END, CASE WHEN f = 3 THEN 7 END,
        pg_temp.pick(${L(LANGUAGES)}, a.j, 23), (CASE WHEN f = 3 THEN 'B1' ELSE 'B2' END)::"CefrLevel",
        2020 + a.j % 6, 2020 + a.j % 6 + 4
      FROM bench_agreement a CROSS JOIN bench_ref r, generate_series(1, 3) AS f
      WHERE f <= 1 + pg_temp.ri(a.j, 24, 3);
    `],
    ["mobilities", `
      INSERT INTO "MobilityRecord" (id, direction, "participantType", "mobilityType", "personName", "homeCountryCode", "partnerId",
        "programId", "agreementId", "unitId", level, "iscedCode", "academicYear", "startDate", "endDate", status, "createdAt", "updatedAt")
      SELECT pg_temp.uid('mobility', m), dir::"MobilityDirection", (CASE WHEN staff THEN 'STAFF' ELSE 'STUDENT' END)::"ParticipantType",
        (CASE WHEN staff THEN 'STAFF_TEACHING' WHEN pg_temp.rnd(m, 33) < .15 THEN 'STUDENT_TRAINEESHIP' ELSE 'STUDENT_STUDY' END)::"MobilityType",
        pg_temp.pick(${L(FIRST_NAMES)}, m, 34) || ' ' || pg_temp.pick(${L(LAST_NAMES)}, m, 35),
        CASE WHEN dir = 'OUTGOING' THEN 'AZ' ELSE p.cc END, p.id,
        (r.programs)[1 + pg_temp.ri(m, 36, array_length(r.programs, 1))]::uuid, pg_temp.uid('agreement', x.j),
        (r.units)[1 + pg_temp.ri(m, 37, array_length(r.units, 1))]::uuid,
        (CASE WHEN staff THEN NULL WHEN pg_temp.rnd(m, 38) < .7 THEN 'BACHELOR' ELSE 'MASTER' END)::"StudyLevel",
        (r.isced)[1 + pg_temp.ri(m, 39, array_length(r.isced, 1))], yr, make_date(yr, 9, 15), make_date(yr + 1, 1, 31),
        (CASE WHEN make_date(yr + 1, 1, 31) < current_date THEN 'COMPLETED' WHEN make_date(yr, 9, 15) < current_date THEN 'ONGOING' ELSE 'PLANNED' END)::"MobilityStatus",
        now(), now()
      FROM generate_series(1, ${n.mobilities}) AS m
      CROSS JOIN bench_ref r
      CROSS JOIN LATERAL (SELECT 1 + pg_temp.ri(m, 31, ${n.agreements}) AS j, extract(year FROM current_date)::int - 9 + pg_temp.ri(m, 32, 10) AS yr,
                                 CASE WHEN pg_temp.rnd(m, 30) < .6 THEN 'OUTGOING' ELSE 'INCOMING' END AS dir,
                                 pg_temp.rnd(m, 29) < .2 AS staff) x
      JOIN bench_partner p ON p.i = pg_temp.agreement_partner(x.j);
    `],
    ["students", `
      INSERT INTO "User" (id, email, name, role, "unitId", "emailVerifiedAt", "createdAt", "updatedAt")
      SELECT pg_temp.uid('student', u), 'bench.student' || u || '@khazar.org',
        pg_temp.pick(${L(FIRST_NAMES)}, u, 51) || ' ' || pg_temp.pick(${L(LAST_NAMES)}, u, 52), 'STUDENT',
        (r.units)[1 + pg_temp.ri(u, 53, array_length(r.units, 1))]::uuid, now(), now(), now()
      FROM generate_series(1, ${n.students}) AS u CROSS JOIN bench_ref r;
    `],
    ["opportunities", `
      INSERT INTO "Opportunity" (id, title, description, "programId", "partnerId", "agreementId", "unitId", direction, audience,
        "subjectAreas", places, funding, "academicYear", "academicPeriod", "durationMonths", language, "languageLevel",
        "otherRequirements", "selectionCriteria", "opensAt", "closesAt", status, "createdAt", "updatedAt")
      SELECT pg_temp.uid('opportunity', o), x.semester || ' semester exchange in ' || x.topic || ' at ' || p.name,
        'Study one semester of ' || x.topic || ' at ' || p.name || ' in ' || p.city || ', ' || p.country_name
          || ', with full recognition of credits. Courses are taught in ' || x.lang || '.',
        (r.programs)[1 + pg_temp.ri(o, 41, array_length(r.programs, 1))]::uuid, p.id, pg_temp.uid('agreement', x.j),
        (r.units)[1 + pg_temp.ri(o, 42, array_length(r.units, 1))]::uuid, 'OUTGOING',
        (CASE pg_temp.ri(o, 43, 3) WHEN 0 THEN '{BACHELOR}' WHEN 1 THEN '{MASTER}' ELSE '{BACHELOR,MASTER}' END)::"Audience"[],
        ARRAY[(r.isced)[1 + pg_temp.ri(o, 44, array_length(r.isced, 1))], (r.isced)[1 + pg_temp.ri(o, 45, array_length(r.isced, 1))]],
        1 + pg_temp.ri(o, 46, 8), 'Tuition waiver at the host; monthly grant for ' || (3 + o % 4) || ' months',
        x.yr, x.semester || ' ' || CASE WHEN x.semester = 'Fall' THEN x.yr ELSE x.yr + 1 END, 5, x.lang,
        (ARRAY['B1','B2','B2','C1'])[1 + pg_temp.ri(o, 47, 4)]::"CefrLevel",
        'Enrolled for at least two semesters; no disciplinary record.',
        '[{"key":"gpa","label":"Academic record (GPA)","weight":40},{"key":"motivation","label":"Motivation letter","weight":30},{"key":"language","label":"Language competence","weight":30}]'::jsonb,
        CASE WHEN o > ${published} AND o <= ${closed} THEN now() - ((90 + o % 60) || ' days')::interval ELSE now() - ((1 + o % 60) || ' days')::interval END,
        CASE WHEN o > ${published} AND o <= ${closed} THEN now() - ((1 + o % 60) || ' days')::interval ELSE now() + ((7 + o % 180) || ' days')::interval END,
        (CASE WHEN o <= ${published} THEN 'PUBLISHED' WHEN o <= ${closed} THEN 'CLOSED' ELSE 'DRAFT' END)::"OpportunityStatus",
        now() - ((o % 90) || ' days')::interval, now()
      FROM generate_series(1, ${n.opportunities}) AS o
      CROSS JOIN bench_ref r
      CROSS JOIN LATERAL (SELECT 1 + pg_temp.ri(o, 40, ${n.agreements}) AS j, CASE WHEN o % 2 = 0 THEN 'Fall' ELSE 'Spring' END AS semester,
                                 pg_temp.pick(${L(DESCRIPTION_TOPICS)}, o, 48) AS topic, pg_temp.pick(${L(LANGUAGES)}, o, 49) AS lang,
                                 extract(year FROM current_date)::int + 1 AS yr) x
      JOIN bench_partner p ON p.i = pg_temp.agreement_partner(x.j);

      INSERT INTO "RequiredDocument" (id, "opportunityId", name, description, "isMandatory", "sortOrder")
      SELECT pg_temp.uid('required-document-' || d, o), pg_temp.uid('opportunity', o),
        (ARRAY['Transcript of records','Motivation letter','Language certificate'])[d],
        (ARRAY['Official transcript with all grades so far.','One page: why this university.','B2 or higher.'])[d], d < 3, d
      FROM generate_series(1, ${n.opportunities}) AS o, generate_series(1, 3) AS d;
    `],
    ["applications", `
      CREATE TEMP TABLE bench_application AS
      SELECT q AS k, 1 AS o, q AS s FROM generate_series(1, ${n.queue}) AS q
      UNION ALL
      SELECT ${n.queue} + 1 + k, 2 + k % ${applicable}, 1 + (k / ${applicable} + (2 + k % ${applicable}) * 37) % ${n.students}
      FROM generate_series(0, ${n.applications - n.queue - 1}) AS k;

      INSERT INTO "Application" (id, "opportunityId", "studentId", status, answers, "languageLevel", gpa, "submittedAt", "decidedAt", "createdAt", "updatedAt")
      SELECT pg_temp.uid('application', a.k), pg_temp.uid('opportunity', a.o), pg_temp.uid('student', a.s), x.st::"ApplicationStatus",
        jsonb_build_object('motivation', 'I want to study ' || pg_temp.pick(${L(DESCRIPTION_TOPICS)}, a.k, 61) || ' abroad and bring new methods back.'),
        (ARRAY['B1','B2','B2','C1','C2'])[1 + pg_temp.ri(a.k, 62, 5)]::"CefrLevel", round((60 + pg_temp.rnd(a.k, 63) * 39.99)::numeric, 2),
        CASE WHEN x.st <> 'DRAFT' THEN now() - ((1 + a.k % 40) || ' days')::interval END,
        CASE WHEN x.st IN ('ACCEPTED', 'REJECTED') THEN now() - ((a.k % 10) || ' days')::interval END,
        now() - ((2 + a.k % 50) || ' days')::interval, now()
      FROM bench_application a
      CROSS JOIN LATERAL (SELECT pg_temp.rnd(a.k, 60) AS rs) r
      CROSS JOIN LATERAL (SELECT CASE
          WHEN a.o = 1 THEN CASE WHEN r.rs < .6 THEN 'SUBMITTED' WHEN r.rs < .9 THEN 'UNDER_REVIEW' ELSE 'SHORTLISTED' END
          WHEN a.o > ${published} THEN CASE WHEN r.rs < .1 THEN 'NOMINATED' WHEN r.rs < .2 THEN 'ACCEPTED' WHEN r.rs < .7 THEN 'REJECTED'
                                             WHEN r.rs < .8 THEN 'SHORTLISTED' ELSE 'WITHDRAWN' END
          ELSE CASE WHEN r.rs < .1 THEN 'DRAFT' WHEN r.rs < .6 THEN 'SUBMITTED' WHEN r.rs < .9 THEN 'UNDER_REVIEW' ELSE 'SHORTLISTED' END
        END AS st) x;

      INSERT INTO "ApplicationStatusChange" (id, "applicationId", "fromStatus", "toStatus", "changedById", at)
      SELECT pg_temp.uid('status-change', a.k), pg_temp.uid('application', a.k), 'DRAFT', 'SUBMITTED', pg_temp.uid('student', a.s),
        now() - ((1 + a.k % 40) || ' days')::interval
      FROM bench_application a JOIN "Application" ap ON ap.id = pg_temp.uid('application', a.k) WHERE ap.status <> 'DRAFT';

      INSERT INTO "ApplicationReview" (id, "applicationId", "reviewerId", scores, total, comment, "createdAt", "updatedAt")
      SELECT pg_temp.uid('review', a.k), pg_temp.uid('application', a.k), r.officer::uuid,
        jsonb_build_object('gpa', 20 + a.k % 20, 'motivation', 10 + a.k % 20, 'language', 15 + a.k % 15),
        (20 + a.k % 20) + (10 + a.k % 20) + (15 + a.k % 15), 'Reviewed in the benchmark dataset.', now(), now()
      FROM bench_application a CROSS JOIN bench_ref r WHERE a.o = 1 AND a.k % 5 < 3;
    `],
    ...officeStatements(L, cities),
    ["analyze", `ANALYZE;`],
  ];
}

export async function generateDataset(databaseUrl: string, { seed = 42, force = false, log = console.log } = {}): Promise<DatasetInfo> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = await readDatasetInfo(client);
    if (existing && !force) {
      log(`Benchmark dataset already present (generated ${existing.generatedAt}); use --regenerate to rebuild.`);
      return existing;
    }
    const already = await client.query(`SELECT count(*)::int AS n FROM "Partner" WHERE "internalNotes" LIKE 'Benchmark record %'`);
    if (already.rows[0].n > 0) throw new Error("This database already holds benchmark rows: regenerate into a fresh database (run.ts --regenerate does).");

    const started = Date.now();
    await client.query("BEGIN");
    // Deterministic plans and fast bulk writes for this session only.
    await client.query("SET LOCAL synchronous_commit = off; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL work_mem = '64MB'");
    // Foreign-key triggers off while inserting (row-by-row checks would cost most of the time); the
    // references are verified set-wise by verifyReferences() before the commit.
    await client.query("SET LOCAL session_replication_role = replica");
    for (const [name, sql] of statements(client, seed)) {
      if (name === "analyze") continue;
      const t = Date.now();
      await client.query(sql);
      log(`  ${name.padEnd(14)} ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    await client.query("SET LOCAL session_replication_role = origin");
    const t0 = Date.now();
    await verifyReferences(client);
    log(`  ${"verify refs".padEnd(14)} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const info = await describe(client, seed, started);
    await client.query(`CREATE TABLE IF NOT EXISTS ${META_TABLE} (id int PRIMARY KEY, info jsonb NOT NULL)`);
    await client.query(`INSERT INTO ${META_TABLE} (id, info) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET info = EXCLUDED.info`, [info]);
    await client.query("COMMIT");
    const t = Date.now();
    await client.query("ANALYZE");
    log(`  ${"analyze".padEnd(14)} ${((Date.now() - t) / 1000).toFixed(1)} s`);
    await ensureRushData(client, info);
    info.seconds = Math.round((Date.now() - started) / 100) / 10;
    await client.query(`UPDATE ${META_TABLE} SET info = $1 WHERE id = 1`, [info]);
    return info;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Title of the call the deadline-rush case applies to (found by it, so the rows are added to any generated dataset). */
export const RUSH_TITLE = "Deadline rush: semester exchange (benchmark)";

export interface RushData {
  opportunityId: string;
  /** The call's one mandatory document. */
  requirementId: string;
  title: string;
  emails: string[];
}

/**
 * The deadline-rush case's rows, added to the dataset when missing (idempotent, so an existing
 * dataset needs no regeneration): `students` students `bench.rush<n>@khazar.org` (no password; the
 * benchmark mints their sessions) and one published call copied from the dataset's opportunity page,
 * open now, with one mandatory document and B1 required. Its window is moved to "open" on every call.
 */
export async function ensureRushData(client: pg.Client, dataset: DatasetInfo, students: number = SIZES.rushStudents): Promise<RushData> {
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "User" (id, email, name, role, "unitId", "emailVerifiedAt", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), 'bench.rush' || u || '@khazar.org', 'Rush Student ' || u, 'STUDENT',
              (SELECT id FROM "Unit" ORDER BY code LIMIT 1), now(), now(), now()
       FROM generate_series(1, $1::int) AS u
       ON CONFLICT (email) DO NOTHING`,
      [students],
    );
    let opportunityId = (await client.query<{ id: string }>(`SELECT id::text FROM "Opportunity" WHERE title = $1`, [RUSH_TITLE])).rows[0]?.id;
    if (!opportunityId) {
      // Every column of the template call except these (so a new column of the schema needs no change here).
      const replaced: Record<string, string> = {
        id: "gen_random_uuid()",
        title: "$2",
        places: String(students),
        languageLevel: `'B1'::"CefrLevel"`,
        status: `'PUBLISHED'::"OpportunityStatus"`,
      };
      const columns = (
        await client.query<{ name: string }>(
          `SELECT column_name AS name FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name = 'Opportunity' AND is_generated = 'NEVER' ORDER BY ordinal_position`,
        )
      ).rows.map((row) => row.name);
      const list = columns.map((c) => `"${c}"`).join(", ");
      const values = columns.map((c) => replaced[c] ?? `"${c}"`).join(", ");
      opportunityId = (
        await client.query<{ id: string }>(`INSERT INTO "Opportunity" (${list}) SELECT ${values} FROM "Opportunity" WHERE id = $1 RETURNING id::text`, [
          dataset.opportunityId,
          RUSH_TITLE,
        ])
      ).rows[0]!.id;
      await client.query(
        `INSERT INTO "RequiredDocument" (id, "opportunityId", name, description, "isMandatory", "sortOrder")
         VALUES (gen_random_uuid(), $1, 'Transcript of records', 'Official transcript with all grades so far.', true, 1)`,
        [opportunityId],
      );
    }
    await client.query(`UPDATE "Opportunity" SET "opensAt" = now() - interval '1 day', "closesAt" = now() + interval '30 days' WHERE id = $1`, [opportunityId]);
    const requirementId = (await client.query<{ id: string }>(`SELECT id::text FROM "RequiredDocument" WHERE "opportunityId" = $1 AND "isMandatory"`, [opportunityId]))
      .rows[0]!.id;
    await client.query("COMMIT");
    return { opportunityId, requirementId, title: RUSH_TITLE, emails: Array.from({ length: students }, (_, i) => `bench.rush${i + 1}@khazar.org`) };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/** Every foreign key of the generated tables points at an existing row (checked set-wise, not per row). */
async function verifyReferences(client: pg.Client): Promise<void> {
  const checks: [string, string, string, string][] = [
    ["Partner", "countryCode", "Country", "code"],
    ["PartnerContact", "partnerId", "Partner", "id"],
    ["Agreement", "unitId", "Unit", "id"],
    ["AgreementPartner", "agreementId", "Agreement", "id"],
    ["AgreementPartner", "partnerId", "Partner", "id"],
    ["CooperationCondition", "agreementId", "Agreement", "id"],
    ["CooperationCondition", "iscedCode", "IscedField", "code"],
    ["MobilityRecord", "partnerId", "Partner", "id"],
    ["MobilityRecord", "agreementId", "Agreement", "id"],
    ["MobilityRecord", "programId", "MobilityProgram", "id"],
    ["MobilityRecord", "unitId", "Unit", "id"],
    ["MobilityRecord", "iscedCode", "IscedField", "code"],
    ["User", "unitId", "Unit", "id"],
    ["Opportunity", "programId", "MobilityProgram", "id"],
    ["Opportunity", "partnerId", "Partner", "id"],
    ["Opportunity", "agreementId", "Agreement", "id"],
    ["RequiredDocument", "opportunityId", "Opportunity", "id"],
    ["Application", "opportunityId", "Opportunity", "id"],
    ["Application", "studentId", "User", "id"],
    ["ApplicationStatusChange", "applicationId", "Application", "id"],
    ["ApplicationReview", "applicationId", "Application", "id"],
    ...OFFICE_REFERENCES,
  ];
  const sql = checks
    .map(([table, column, target, key]) => `SELECT '${table}.${column}' AS fk, count(*)::int AS n FROM "${table}" t
       WHERE t."${column}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "${target}" r WHERE r."${key}" = t."${column}")`)
    .join(" UNION ALL ");
  const broken = (await client.query<{ fk: string; n: number }>(sql)).rows.filter((r) => r.n > 0);
  if (broken.length > 0) throw new Error(`generated rows with dangling references: ${broken.map((b) => `${b.fk} (${b.n})`).join(", ")}`);
}

async function describe(client: pg.Client, seed: number, started: number): Promise<DatasetInfo> {
  const one = async <T>(sql: string): Promise<T> => (await client.query(sql)).rows[0] as T;
  const counts = await one<Record<string, number>>(`SELECT
    (SELECT count(*)::int FROM "Partner") AS partners, (SELECT count(*)::int FROM "Agreement") AS agreements,
    (SELECT count(*)::int FROM "AgreementPartner") AS "agreementPartners", (SELECT count(*)::int FROM "CooperationCondition") AS conditions,
    (SELECT count(*)::int FROM "MobilityRecord") AS mobilities, (SELECT count(*)::int FROM "User" WHERE role = 'STUDENT') AS students,
    (SELECT count(*)::int FROM "Opportunity") AS opportunities,
    (SELECT count(*)::int FROM "Opportunity" WHERE status = 'PUBLISHED' AND now() BETWEEN "opensAt" AND "closesAt") AS "openOpportunities",
    (SELECT count(*)::int FROM "Application") AS applications, ${OFFICE_COUNTS_SQL}`);
  const queue = await one<{ id: string; n: number }>(`SELECT pg_temp.uid('opportunity', 1)::text AS id,
    (SELECT count(*)::int FROM "Application" WHERE "opportunityId" = pg_temp.uid('opportunity', 1)) AS n`);
  if (queue.n !== SIZES.queue) throw new Error(`the reviewer-queue opportunity has ${queue.n} applications, expected ${SIZES.queue}`);
  const partner = await one<{ slug: string }>(`SELECT p.slug FROM "Partner" p JOIN "AgreementPartner" ap ON ap."partnerId" = p.id
    JOIN "Agreement" a ON a.id = ap."agreementId" AND a.status = 'ACTIVE'
    WHERE p."isPublic" AND p."archivedAt" IS NULL AND p.status = 'ACTIVE'
    GROUP BY p.id, p.slug ORDER BY count(*) DESC, p.slug LIMIT 1`);
  const delegation = await one<{ id: string; n: number }>(`SELECT pg_temp.uid('visit', 1)::text AS id,
    (SELECT count(*)::int FROM "VisitParticipant" WHERE "visitId" = pg_temp.uid('visit', 1) AND "passportNumber" IS NOT NULL) AS n`);
  if (delegation.n !== OFFICE_SIZES.delegation) throw new Error(`the delegation has ${delegation.n} guests with passports, expected ${OFFICE_SIZES.delegation}`);
  const project = await one<{ id: string }>(`SELECT p.id::text FROM "Project" p
    WHERE p.status = 'RUNNING' AND p.slug LIKE 'bench-project-%'
    ORDER BY (SELECT count(*) FROM "ProjectActivity" a WHERE a."projectId" = p.id) + (SELECT count(*) FROM "Expense" e WHERE e."projectId" = p.id) DESC, p.slug
    LIMIT 1`);
  const today = await one<{ day: string; year: number }>(`SELECT current_date::text AS day, extract(year FROM current_date)::int - 1 AS year`);
  return {
    version: DATASET_VERSION,
    seed,
    generatedAt: new Date().toISOString(),
    queueOpportunityId: queue.id,
    partnerSlug: partner.slug,
    opportunityId: (await one<{ id: string }>(`SELECT pg_temp.uid('opportunity', 2)::text AS id`)).id,
    delegationVisitId: delegation.id,
    projectId: project.id,
    calendarDay: today.day,
    reportYear: today.year,
    counts,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { seed: { type: "string", default: "42" }, force: { type: "boolean", default: false } } });
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to a migrated database seeded with the demo.");
  const info = await generateDataset(url, { seed: Number(values.seed), force: values.force });
  console.log(JSON.stringify(info, null, 2));
  console.log(`Reviewer-queue opportunity (500 applications): ${info.queueOpportunityId}`);
}
