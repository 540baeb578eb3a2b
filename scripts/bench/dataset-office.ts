// The office's day-to-day records in the benchmark dataset (issues 11, 12 and 13), generated after
// the partners, agreements and students of generate-dataset.ts and in the same transaction, with the
// same deterministic helpers (pg_temp.rnd/ri/pick/uid, bench_partner, bench_ref): ten years of
// visits with their participants and agendas, events with registrations, projects with their
// consortium, work plan, activities, budget and expenses, grant calls, and the institution's own
// international students. Set-based SQL only; every count is fixed by OFFICE_SIZES, except the budget lines
// (one per category and calendar year of each project), which the expenses make up to budgetRows.
import { DESCRIPTION_TOPICS } from "./word-lists";

export const OFFICE_SIZES = {
  visits: 5_000,
  participants: 30_000,
  /** The first visit: the delegation whose invitation letter the letters scenario makes. */
  delegation: 20,
  events: 3_000,
  projects: 1_000,
  activities: 20_000,
  /** Budget lines and expenses together. */
  budgetRows: 50_000,
  grantCalls: 2_000,
  internationalStudents: 20_000,
};

/** Days of history the records span (ten years), and days ahead (planned visits, future calls). */
const PAST_DAYS = 3650;
const FUTURE_DAYS = 180;

const VISIT_TOPICS = [
  "joint degree programmes", "staff and student exchange", "research cooperation in energy", "a summer school", "curriculum reform",
  "double degrees in engineering", "quality assurance", "digital learning", "Erasmus+ mobility", "language teaching", "medical education",
  "doctoral supervision", "entrepreneurship education", "library cooperation", "internationalisation at home",
];
const POSITIONS = [
  "Professor", "Associate Professor", "Vice-Rector for International Affairs", "Dean", "Head of International Office", "Researcher",
  "PhD candidate", "Lecturer", "Erasmus+ coordinator", "Head of Department",
];
/** Where guests come from when they hold another nationality than their institution's country. */
const NATIONALITIES = ["TR", "DE", "FR", "IT", "PL", "GE", "KZ", "UZ", "GB", "US", "KR", "JP", "CN", "IN", "ES", "AT", "LT", "HU", "CZ", "UA"];
const HOTELS = ["Khazar University guest house", "Hotel Nizami, Baku", "Boulevard Hotel, Baku", "Old City Inn, Baku", "Park Inn, Baku"];
const AGENDA_TITLES = [
  "Meeting with the Rector", "Guest lecture", "Campus tour", "Cultural program: the Old City (Icherisheher)", "Lunch with the hosts",
  "Airport transfer", "Working meeting with the faculty", "Visit to the library", "Meeting with Erasmus+ students", "Signing ceremony",
];
const AGENDA_KINDS = ["MEETING", "LECTURE", "CAMPUS_TOUR", "CULTURAL", "MEAL", "TRANSFER", "MEETING", "CAMPUS_TOUR", "MEETING", "MEETING"];
const EVENT_KINDS = ["CONFERENCE", "SEMINAR", "WEBINAR", "SUMMER_SCHOOL", "CULTURAL", "PRESENTATION", "GUEST_LECTURE", "TRAINING", "OTHER"];
const EVENT_TITLES = [
  "International conference on", "Seminar:", "Webinar:", "Summer school in", "Cultural evening:", "Study abroad information session:",
  "Guest lecture on", "Training for staff:", "Open day:",
];
const ORGANIZERS = ["International Relations Office", "DAAD Information Centre", "British Council Azerbaijan", "Fulbright Azerbaijan", "Campus France", "Erasmus+ National Office"];
const PROGRAMS = [
  "Erasmus+ KA2 Capacity Building in Higher Education", "Erasmus+ KA171 International Credit Mobility", "Erasmus+ Jean Monnet", "Horizon Europe",
  "TEMPUS", "Science Development Foundation", "DAAD", "British Council", "Fulbright", "JICA", "TUBITAK", "EU4Youth", "World Bank", "Embassy small grants",
];
const PROJECT_PATTERNS = ["Strengthening", "Modernising", "Digitalising", "Greening", "Internationalising", "Opening up", "Reforming", "Connecting"];
const WORK_PACKAGES = ["Project management", "Needs analysis", "Curriculum development", "Pilot and training", "Dissemination and sustainability"];
const ACTIVITY_TITLES = ["Kick-off meeting", "Steering committee meeting", "Training of trainers", "Study visit", "Summer school", "Dissemination conference", "Curriculum workshop", "Quality review"];
const FUNDERS: readonly (readonly [funder: string, program: string])[] = [
  ["European Commission", "Erasmus+ KA2"], ["European Commission", "Horizon Europe"], ["European Commission", "Jean Monnet Actions"],
  ["European Commission", "Erasmus Mundus"], ["DAAD", "Research Grants"], ["DAAD", "Subject-related Partnerships"],
  ["British Council", "Going Global Partnerships"], ["Fulbright", "Visiting Scholar Program"], ["JICA", "Knowledge Co-Creation Program"],
  ["TUBITAK", "2221 Fellowships for Visiting Scientists"], ["Science Development Foundation", "Grants for young scientists"],
  ["US Embassy Baku", "Public Diplomacy Small Grants"], ["Campus France", "Eiffel Excellence"], ["Korea Foundation", "Fellowship for Field Research"],
  ["Swiss National Science Foundation", "SCOPES"], ["World Bank", "Higher Education Project"], ["Asian Development Bank", "Knowledge partnerships"],
  ["Volkswagen Foundation", "Europe and Global Challenges"], ["Visegrad Fund", "Strategic Grants"], ["OSCE", "Academy fellowships"],
];
/** Countries the institution's international students come from, the most frequent first. */
const STUDENT_COUNTRIES = ["TR", "IR", "RU", "GE", "PK", "IN", "NG", "EG", "UZ", "KZ", "TM", "IQ", "UA", "AF", "CN", "KR", "DE", "SY", "JO", "BD", "KG", "TJ", "MA", "US", "FR"];

/**
 * Statements in order, each timed by the caller; `L` turns a word list into a SQL text array and
 * `cities` is the SQL text array of the dataset's cities.
 */
export function officeStatements(L: (items: readonly string[]) => string, cities: string): [string, string][] {
  const n = OFFICE_SIZES;
  const topics = L(VISIT_TOPICS);
  const day = (salt: number, i: string) => `(current_date - ${PAST_DAYS} + pg_temp.ri(${i}, ${salt}, ${PAST_DAYS + FUTURE_DAYS}))`;
  // A local time of the institution on a day, stored as Prisma stores DateTime (UTC, without zone).
  const at = (date: string, time: string) => `((((${date}) + (${time})::time) AT TIME ZONE o.tz) AT TIME ZONE 'UTC')`;
  const funders = L(FUNDERS.map(([funder]) => funder));
  const funderPrograms = L(FUNDERS.map(([, program]) => program));
  return [
    ["office refs", `
      CREATE TEMP TABLE bench_office AS SELECT
        (SELECT "timeZone" FROM "Institution" WHERE id = 1) AS tz,
        (SELECT name FROM "Institution" WHERE id = 1) AS institution,
        (SELECT array_agg(id::text ORDER BY email) FROM "User" WHERE role IN ('OFFICER', 'ADMIN', 'COORDINATOR') AND email NOT LIKE 'bench.%') AS staff,
        (SELECT array_agg(name ORDER BY email) FROM "User" WHERE role IN ('OFFICER', 'ADMIN', 'COORDINATOR') AND email NOT LIKE 'bench.%') AS staff_names;
      DO $$ BEGIN
        IF (SELECT tz FROM bench_office) IS NULL THEN RAISE EXCEPTION 'seed the demo first (the institution is missing)'; END IF;
      END $$;
    `],
    ["visits", `
      CREATE TEMP TABLE bench_visit AS
      WITH base AS (
        SELECT v, CASE WHEN v = 1 THEN 0 ELSE 1 + pg_temp.ri(v, 103, ${"(SELECT count(*) FROM bench_agreement)"}::int) END AS j,
          CASE WHEN v = 1 THEN current_date + 30 ELSE ${day(101, "v")} END AS starts,
          CASE WHEN v = 1 THEN 5 ELSE 1 + pg_temp.ri(v, 102, 6) END AS days,
          CASE WHEN v = 1 THEN 'INCOMING' WHEN pg_temp.rnd(v, 104) < .6 THEN 'INCOMING' ELSE 'OUTGOING' END AS direction,
          pg_temp.rnd(v, 105) AS rk, pg_temp.rnd(v, 106) AS rs
        FROM generate_series(1, ${n.visits}) AS v
      )
      SELECT b.v, pg_temp.uid('visit', b.v) AS id, b.j, b.starts, b.starts + b.days - 1 AS ends, b.direction,
        CASE WHEN b.v = 1 THEN 1 WHEN pg_temp.rnd(b.v, 107) < .85 THEN pg_temp.agreement_partner(b.j) END AS p,
        CASE WHEN b.v = 1 THEN 'DELEGATION' WHEN b.direction = 'INCOMING' THEN
            CASE WHEN b.rk < .35 THEN 'DELEGATION' WHEN b.rk < .55 THEN 'GUEST_LECTURER' WHEN b.rk < .70 THEN 'RESEARCHER'
                 WHEN b.rk < .95 THEN 'PARTNER_VISIT' ELSE 'ACCREDITATION_VISIT' END
          ELSE CASE WHEN b.rk < .40 THEN 'CONFERENCE' WHEN b.rk < .65 THEN 'TRAINING' WHEN b.rk < .85 THEN 'TEACHING'
                    WHEN b.rk < .95 THEN 'SIGNING' ELSE 'OTHER' END END AS kind,
        CASE WHEN b.v = 1 THEN 'CONFIRMED'
             WHEN b.starts > current_date THEN CASE WHEN b.rs < .05 THEN 'CANCELLED' WHEN b.rs < .45 THEN 'PLANNED' ELSE 'CONFIRMED' END
             WHEN b.starts + b.days - 1 >= current_date THEN 'IN_PROGRESS'
             WHEN b.rs < .1 THEN 'CANCELLED' ELSE 'COMPLETED' END AS status
      FROM base b;
      CREATE UNIQUE INDEX ON bench_visit (v);
      ALTER TABLE bench_visit ADD COLUMN erased boolean;
      UPDATE bench_visit SET erased = status = 'COMPLETED' AND ends < current_date - 365 AND pg_temp.rnd(v, 108) < .7;

      INSERT INTO "Visit" (id, title, direction, kind, purpose, "partnerId", "organizationName", "agreementId", "projectId", "hostUnitId",
        "responsibleId", "startDate", "endDate", status, outcome, "costsCoveredBy", notes, "isPublic", "publicSummary", translations,
        "personalDataErasedAt", "createdAt", "updatedAt")
      SELECT x.id,
        CASE x.kind WHEN 'DELEGATION' THEN 'Delegation of ' || who.name WHEN 'GUEST_LECTURER' THEN 'Guest lecture: ' || topic.t || ' (' || who.name || ')'
          WHEN 'RESEARCHER' THEN 'Research stay from ' || who.name WHEN 'PARTNER_VISIT' THEN 'Partner visit: ' || who.name
          WHEN 'ACCREDITATION_VISIT' THEN 'Accreditation visit: ' || who.name WHEN 'CONFERENCE' THEN 'Conference on ' || topic.t || ' at ' || who.name
          WHEN 'TRAINING' THEN 'Staff training at ' || who.name WHEN 'TEACHING' THEN 'Teaching week at ' || who.name
          WHEN 'SIGNING' THEN 'Agreement signing at ' || who.name ELSE 'Working visit to ' || who.name END
          || CASE WHEN x.v > 1 THEN ' #' || x.v ELSE '' END,
        x.direction::"MobilityDirection", x.kind::"VisitKind",
        'To discuss ' || topic.t || ' and the next steps of the cooperation with ' || who.name || '.',
        pa.id, CASE WHEN pa.id IS NULL THEN who.name END,
        CASE WHEN x.j > 0 AND pg_temp.rnd(x.v, 110) < .3 THEN pg_temp.uid('agreement', x.j) END,
        CASE WHEN pg_temp.rnd(x.v, 111) < .1 THEN pg_temp.uid('project', 1 + pg_temp.ri(x.v, 112, ${n.projects})) END,
        CASE WHEN x.v = 1 THEN (r.units)[1] ELSE (r.units)[1 + pg_temp.ri(x.v, 113, array_length(r.units, 1))] END::uuid, r.officer::uuid,
        x.starts, x.ends, x.status::"VisitStatus",
        CASE WHEN x.status = 'COMPLETED' AND pg_temp.rnd(x.v, 114) < .2 THEN 'Memorandum of understanding signed' ELSE '' END,
        CASE WHEN x.direction = 'INCOMING' THEN 'Khazar University covers accommodation and meals in Baku; travel is covered by the guests'' institution.' ELSE '' END,
        CASE WHEN x.v % 4 = 0 THEN 'Internal: confirm the room bookings a week ahead.' ELSE '' END,
        x.status = 'COMPLETED' AND pg_temp.rnd(x.v, 115) < .2,
        CASE WHEN x.status = 'COMPLETED' THEN 'A visit about ' || topic.t || '.' ELSE '' END,
        CASE WHEN x.kind = 'DELEGATION' AND pa.id IS NOT NULL AND x.v % 5 = 0
          THEN jsonb_build_object('az', jsonb_build_object('title', 'Nümayəndə heyətinin səfəri: ' || who.name), 'ru', jsonb_build_object('title', 'Визит делегации: ' || who.name))
          ELSE '{}'::jsonb END,
        CASE WHEN x.erased THEN (x.ends + 120)::timestamp END,
        (x.starts - 40)::timestamp, (x.starts - 40)::timestamp
      FROM bench_visit x
      CROSS JOIN bench_ref r
      LEFT JOIN bench_partner pa ON pa.i = x.p
      CROSS JOIN LATERAL (SELECT coalesce(pa.name, pg_temp.pick(${L(ORGANIZERS)}, x.v, 116)) AS name) who
      CROSS JOIN LATERAL (SELECT pg_temp.pick(${topics}, x.v, 117) AS t) topic;
    `],
    ["participants", `
      INSERT INTO "VisitParticipant" (id, "visitId", "userId", name, position, organization, email, phone, "nationalityCode", "passportNumber",
        "passportExpiresOn", "birthDate", "arrivalAt", "arrivalTransport", "departureAt", "departureTransport", needs, accommodation,
        "accommodationNights", "accommodationBooked", "accommodationCost", "visaStatus", "visaUpdatedOn", tickets, insurance, "perDiem",
        "budgetLine", "letterLanguage", "sortOrder")
      SELECT pg_temp.uid('participant', k), x.id,
        CASE WHEN x.direction = 'OUTGOING' THEN (o.staff)[1 + staff_i]::uuid END,
        CASE WHEN x.direction = 'OUTGOING' THEN (o.staff_names)[1 + staff_i]
             ELSE pg_temp.pick(${L(["Anna", "Luca", "Marie", "Mehmet", "Emma", "Jan", "Sofia", "Aigerim", "Hiroshi", "Min-jun", "Wei", "Priya", "Carlos", "Olga", "Giorgi", "Thomas", "Elif", "Katarzyna", "Janis", "Ingrid"])}, k, 121)
               || ' ' || pg_temp.pick(${L(["Muller", "Rossi", "Dubois", "Yilmaz", "Johansson", "Kowalski", "Garcia", "Nurlanova", "Tanaka", "Kim", "Zhang", "Sharma", "Silva", "Petrova", "Beridze", "Novak", "Horvath", "Berzins", "Schmidt", "Demir"])}, k, 122) END,
        pg_temp.pick(${L(POSITIONS)}, k, 123), coalesce(pa.name, 'Partner institution'),
        CASE WHEN x.direction = 'INCOMING' THEN 'guest' || k || '@example.org' END,
        CASE WHEN personal THEN '+' || (10000000000 + pg_temp.ri(k, 124, 899999999))::text END,
        CASE WHEN personal THEN CASE WHEN pa.cc IS NOT NULL AND pg_temp.rnd(k, 125) < .8 THEN pa.cc ELSE pg_temp.pick(${L(NATIONALITIES)}, k, 126) END END,
        CASE WHEN personal THEN chr(65 + pg_temp.ri(k, 127, 26)) || lpad((pg_temp.ri(k, 128, 99999999))::text, 8, '0') END,
        CASE WHEN personal THEN x.ends + 400 + pg_temp.ri(k, 129, 2500) END,
        CASE WHEN personal THEN date '1960-01-01' + pg_temp.ri(k, 130, 14000) END,
        ${at("x.starts - 1", "'14:00'::time + make_interval(mins => 15 * pg_temp.ri(k, 131, 32))")},
        pg_temp.pick(${L(["J2 ", "TK ", "LH ", "QR ", "A9 "])}, k, 132) || (100 + pg_temp.ri(k, 133, 800)),
        ${at("x.ends + 1", "'08:00'::time + make_interval(mins => 15 * pg_temp.ri(k, 134, 40))")},
        pg_temp.pick(${L(["J2 ", "TK ", "LH ", "QR ", "A9 "])}, k, 135) || (100 + pg_temp.ri(k, 136, 800)),
        CASE WHEN pg_temp.rnd(k, 137) < .15 THEN 'Vegetarian meals' WHEN pg_temp.rnd(k, 137) < .2 THEN 'Step-free access' ELSE '' END,
        CASE WHEN x.direction = 'INCOMING' THEN pg_temp.pick(${L(HOTELS)}, k, 138) END,
        CASE WHEN x.direction = 'INCOMING' THEN x.ends - x.starts + 2 END,
        x.direction = 'INCOMING' AND (x.starts <= current_date OR pg_temp.rnd(k, 139) < .7),
        CASE WHEN x.direction = 'INCOMING' THEN round((80 + pg_temp.rnd(k, 140) * 120)::numeric * (x.ends - x.starts + 2), 2) END,
        (CASE WHEN x.direction = 'OUTGOING' OR pg_temp.rnd(k, 141) < .4 THEN 'NOT_REQUIRED' WHEN x.starts <= current_date THEN 'ISSUED'
              ELSE (ARRAY['REQUIRED', 'INVITATION_SENT', 'APPLIED', 'ISSUED'])[1 + pg_temp.ri(k, 142, 4)] END)::"VisaStatus",
        x.starts - 20 - pg_temp.ri(k, 143, 30),
        CASE WHEN x.direction = 'OUTGOING' THEN 'Economy return ticket Baku – ' || coalesce(pa.city, 'destination') END,
        CASE WHEN x.direction = 'OUTGOING' THEN 'Travel insurance TI-' || k END,
        CASE WHEN x.direction = 'OUTGOING' THEN (60 + pg_temp.ri(k, 144, 90))::numeric END,
        CASE WHEN x.direction = 'OUTGOING' THEN 'Erasmus+ staff mobility ' || extract(year FROM x.starts) END,
        CASE WHEN pg_temp.rnd(k, 145) < .2 THEN 'ru' WHEN pg_temp.rnd(k, 145) < .3 THEN 'az' ELSE 'en' END,
        k
      FROM generate_series(1, ${n.participants}) AS k
      CROSS JOIN bench_office o
      JOIN bench_visit x ON x.v = CASE WHEN k <= ${n.delegation} THEN 1 ELSE 2 + pg_temp.ri(k, 120, ${n.visits - 1}) END
      LEFT JOIN bench_partner pa ON pa.i = x.p
      CROSS JOIN LATERAL (SELECT x.direction = 'INCOMING' AND NOT x.erased AS personal, pg_temp.ri(k, 146, array_length(o.staff, 1)) AS staff_i) f;
    `],
    ["agendas", `
      INSERT INTO "VisitAgendaItem" (id, "visitId", "startsAt", "endsAt", title, location, kind, host, participants)
      SELECT pg_temp.uid('agenda', x.v * 10 + a), x.id,
        ${at("x.starts + (a - 1) % (x.ends - x.starts + 1)", "'09:00'::time + make_interval(hours => 2 * ((a - 1) / (x.ends - x.starts + 1)) % 10)")},
        ${at("x.starts + (a - 1) % (x.ends - x.starts + 1)", "'10:30'::time + make_interval(hours => 2 * ((a - 1) / (x.ends - x.starts + 1)) % 10)")},
        title.t, 'Main building, room ' || (100 + pg_temp.ri(x.v * 10 + a, 152, 400)),
        (${L(AGENDA_KINDS)})[title.k]::"AgendaItemKind", 'International Relations Office', 'Whole delegation'
      FROM bench_visit x
      CROSS JOIN bench_office o
      CROSS JOIN LATERAL generate_series(1, CASE WHEN x.v = 1 THEN 8 ELSE 2 + pg_temp.ri(x.v, 150, 7) END) AS a
      CROSS JOIN LATERAL (SELECT 1 + pg_temp.ri(x.v * 10 + a, 151, ${AGENDA_TITLES.length}) AS k) kk
      CROSS JOIN LATERAL (SELECT kk.k AS k, (${L(AGENDA_TITLES)})[kk.k] AS t) title;
    `],
    ["events", `
      CREATE TEMP TABLE bench_event AS
      SELECT e, pg_temp.uid('event', e) AS id, 1 + pg_temp.ri(e, 201, ${EVENT_KINDS.length}) AS ki, ${day(202, "e")} AS starts,
        CASE WHEN pg_temp.rnd(e, 203) < .25 THEN 'ANYONE' WHEN pg_temp.rnd(e, 203) < .35 THEN 'SIGNED_IN' ELSE 'NONE' END AS mode,
        30 + pg_temp.ri(e, 204, 170) AS capacity
      FROM generate_series(1, ${n.events}) AS e;
      CREATE UNIQUE INDEX ON bench_event (e);

      INSERT INTO "Event" (id, slug, title, kind, "startsAt", "endsAt", "timeZone", place, "onlineUrl", description, url, organizer, "unitId",
        "visitId", capacity, "registrationMode", "registrationClosesAt", "isPublished", "createdAt", "updatedAt")
      SELECT ev.id, 'bench-event-' || ev.e, (${L(EVENT_TITLES)})[ev.ki] || ' ' || topic.t || ' ' || extract(year FROM ev.starts) || ' #' || ev.e,
        (${L(EVENT_KINDS)})[ev.ki]::"EventKind",
        ${at("ev.starts", "'10:00'::time + make_interval(hours => pg_temp.ri(ev.e, 205, 7))")},
        ${at("ev.starts + CASE WHEN ev.ki = 4 THEN 10 ELSE 0 END", "'12:00'::time + make_interval(hours => pg_temp.ri(ev.e, 205, 7))")},
        NULL, CASE WHEN ev.ki = 3 THEN '' ELSE 'Khazar University, ' || pg_temp.pick(${L(["Main building", "Neftchilar campus", "Conference hall", "Library"])}, ev.e, 206) END,
        CASE WHEN ev.ki = 3 THEN 'https://meet.example.org/bench-' || ev.e END,
        'An event about ' || topic.t || ' for students and staff, with speakers from partner universities.',
        NULL, pg_temp.pick(${L(ORGANIZERS)}, ev.e, 207), (r.units)[1 + pg_temp.ri(ev.e, 208, array_length(r.units, 1))]::uuid,
        CASE WHEN ev.ki = 7 AND pg_temp.rnd(ev.e, 209) < .5 THEN pg_temp.uid('visit', 2 + pg_temp.ri(ev.e, 210, ${n.visits - 1})) END,
        CASE WHEN ev.mode <> 'NONE' THEN ev.capacity END, ev.mode::"EventRegistrationMode",
        CASE WHEN ev.mode <> 'NONE' THEN ${at("ev.starts - 1", "'23:59'::time")} END,
        pg_temp.rnd(ev.e, 211) < .75, (ev.starts - 60)::timestamp, (ev.starts - 60)::timestamp
      FROM bench_event ev
      CROSS JOIN bench_ref r
      CROSS JOIN bench_office o
      CROSS JOIN LATERAL (SELECT pg_temp.pick(${topics}, ev.e, 212) AS t) topic;

      INSERT INTO "EventPartner" ("eventId", "partnerId")
      SELECT ev.id, pg_temp.uid('partner', pg_temp.agreement_partner(1 + pg_temp.ri(ev.e, 213, ${"(SELECT count(*) FROM bench_agreement)"}::int)))
      FROM bench_event ev WHERE pg_temp.rnd(ev.e, 214) < .2;

      -- Registrations of the events that take them: up to the capacity confirmed, then a waiting list.
      INSERT INTO "EventRegistration" (id, "eventId", email, name, "userId", status, "confirmedAt", "cancelledAt", "createdAt", "updatedAt")
      SELECT pg_temp.uid('registration', ev.e * 1000 + g), ev.id,
        CASE WHEN ev.mode = 'SIGNED_IN' THEN 'bench.student' || s || '@khazar.org' ELSE 'attendee' || g || '.event' || ev.e || '@example.org' END,
        CASE WHEN ev.mode = 'SIGNED_IN' THEN (SELECT u.name FROM "User" u WHERE u.id = pg_temp.uid('student', s)) ELSE pg_temp.pick(${L(["Aysel", "Farid", "Nigar", "Ruslan", "Madina", "Javid", "Ulviyya", "Samir"])}, ev.e * 1000 + g, 216) || ' ' || pg_temp.pick(${L(["Aliyeva", "Huseynov", "Mammadli", "Karimov", "Rzayeva", "Safarov"])}, ev.e * 1000 + g, 217) END,
        CASE WHEN ev.mode = 'SIGNED_IN' THEN pg_temp.uid('student', s) END,
        (CASE WHEN g % 20 = 0 THEN 'CANCELLED' WHEN g > ev.capacity THEN 'WAITLISTED' WHEN g % 17 = 0 THEN 'PENDING' ELSE 'CONFIRMED' END)::"EventRegistrationStatus",
        CASE WHEN g % 20 <> 0 AND g <= ev.capacity AND g % 17 <> 0 THEN (ev.starts - 10)::timestamp END,
        CASE WHEN g % 20 = 0 THEN (ev.starts - 3)::timestamp END,
        (ev.starts - 30 + g / 10)::timestamp, (ev.starts - 30 + g / 10)::timestamp
      FROM bench_event ev
      CROSS JOIN LATERAL generate_series(1, least(ev.capacity + 10, 5 + pg_temp.ri(ev.e, 215, 60))) AS g
      CROSS JOIN LATERAL (SELECT 1 + (ev.e * 37 + g * 101) % ${"(SELECT count(*) FROM \"User\" WHERE email LIKE 'bench.student%')"}::int AS s) st
      WHERE ev.mode <> 'NONE' AND pg_temp.rnd(ev.e, 218) < .6;
    `],
    ["grant calls", `
      INSERT INTO "GrantCall" (id, funder, program, translations, audiences, "timeZone", "budgetMin", "budgetMax", currency, "subjectAreas", status,
        title, description, eligibility, deadline, url, "isPublic", "createdAt", "updatedAt")
      SELECT pg_temp.uid('grant-call', g), (${funders})[f.fi], (${funderPrograms})[f.fi],
        CASE WHEN g % 6 = 0 THEN jsonb_build_object('az', jsonb_build_object('title', (${funderPrograms})[f.fi] || ': qrant müsabiqəsi ' || g),
                                                   'ru', jsonb_build_object('title', (${funderPrograms})[f.fi] || ': конкурс заявок ' || g)) ELSE '{}'::jsonb END,
        ARRAY(SELECT a::"GrantAudience" FROM unnest(ARRAY['STAFF', 'STUDENTS', 'RESEARCHERS', 'UNITS']) WITH ORDINALITY AS t(a, k)
              WHERE k = 1 + g % 4 OR pg_temp.rnd(g * 8 + k, 301) < .3),
        'Europe/Brussels', 10000 * (1 + pg_temp.ri(g, 302, 10)), 10000 * (11 + pg_temp.ri(g, 303, 90)), 'EUR',
        ARRAY[(r.isced)[1 + pg_temp.ri(g, 304, array_length(r.isced, 1))], (r.isced)[1 + pg_temp.ri(g, 305, array_length(r.isced, 1))]],
        (CASE WHEN d.deadline < now() AT TIME ZONE 'UTC' THEN 'CLOSED' WHEN pg_temp.rnd(g, 306) < .15 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"GrantCallStatus",
        (${funderPrograms})[f.fi] || ' ' || extract(year FROM d.deadline) || ': ' || pg_temp.pick(${topics}, g, 307) || ' #' || g,
        'Funding for projects in ' || pg_temp.pick(${topics}, g, 307) || ', with partners from at least two countries.',
        'Staff and researchers of higher education institutions.', d.deadline, 'https://funder.example.org/calls/' || g,
        pg_temp.rnd(g, 308) < .7, d.deadline - interval '120 days', d.deadline - interval '120 days'
      FROM generate_series(1, ${n.grantCalls}) AS g
      CROSS JOIN bench_ref r
      CROSS JOIN LATERAL (SELECT 1 + floor(power(pg_temp.rnd(g, 309), 1.5) * ${FUNDERS.length})::int AS fi) f
      CROSS JOIN LATERAL (SELECT ((${day(310, "g")} + time '17:00') AT TIME ZONE 'Europe/Brussels') AT TIME ZONE 'UTC' AS deadline) d;

      -- The officer follows a few calls (the list shows which).
      INSERT INTO "GrantCallFollow" ("callId", "userId")
      SELECT pg_temp.uid('grant-call', g), r.officer::uuid FROM generate_series(1, ${n.grantCalls}) AS g CROSS JOIN bench_ref r WHERE g % 40 = 0;
    `],
    ["projects", `
      CREATE TEMP TABLE bench_project AS
      WITH base AS (
        SELECT p, pg_temp.uid('project', p) AS id, current_date - ${PAST_DAYS} + pg_temp.ri(p, 401, ${PAST_DAYS + 365}) AS starts,
          CASE WHEN pg_temp.rnd(p, 402) < .6 THEN 24 ELSE 36 END AS months, pg_temp.rnd(p, 403) AS rs
        FROM generate_series(1, ${n.projects}) AS p
      ), dated AS (
        SELECT b.*, (b.starts + make_interval(months => b.months))::date - 1 AS ends FROM base b
      )
      SELECT d.*,
        CASE WHEN d.rs < .12 THEN 'REJECTED'
             WHEN d.starts > current_date THEN (ARRAY['IDEA', 'IN_PREPARATION', 'SUBMITTED', 'FUNDED'])[1 + pg_temp.ri(d.p, 404, 4)]
             WHEN d.ends >= current_date THEN 'RUNNING' ELSE 'CLOSED' END AS status,
        extract(year FROM d.starts)::int AS y1, extract(year FROM d.ends)::int AS y2,
        3 + pg_temp.ri(d.p, 405, 6) AS members
      FROM dated d;
      -- The projects that have started and spend: activities and expenses go to them, round robin.
      ALTER TABLE bench_project ADD COLUMN fi int;
      UPDATE bench_project b SET fi = s.fi FROM (
        SELECT p, row_number() OVER (ORDER BY p)::int AS fi FROM bench_project WHERE status IN ('RUNNING', 'CLOSED')
      ) s WHERE s.p = b.p;
      CREATE UNIQUE INDEX ON bench_project (p);
      CREATE UNIQUE INDEX ON bench_project (fi);

      INSERT INTO "Project" (id, slug, title, acronym, "fundingProgram", "grantNumber", "coordinatorInstitution", "ourRole", status, action,
        "grantCallId", "submittedOn", "decidedOn", "budgetIsPublic", "unitId", "startDate", "endDate", budget, currency, summary, objectives,
        outcomes, "isPublic", "createdAt", "updatedAt")
      SELECT b.id, 'bench-project-' || b.p, t.title, t.acronym, pg_temp.pick(${L(PROGRAMS)}, b.p, 406),
        CASE WHEN b.status IN ('FUNDED', 'RUNNING', 'CLOSED') THEN 'BENCH-' || lpad(b.p::text, 4, '0') || '-EPP' END,
        CASE WHEN coord THEN o.institution ELSE pa.name END, (CASE WHEN coord THEN 'COORDINATOR' ELSE 'PARTNER' END)::"ProjectRole",
        b.status::"ProjectStatus", 'Capacity building in higher education',
        CASE WHEN pg_temp.rnd(b.p, 407) < .3 THEN pg_temp.uid('grant-call', 1 + pg_temp.ri(b.p, 408, ${n.grantCalls})) END,
        CASE WHEN b.status NOT IN ('IDEA', 'IN_PREPARATION') THEN b.starts - 240 END,
        CASE WHEN b.status IN ('FUNDED', 'RUNNING', 'CLOSED', 'REJECTED') THEN b.starts - 90 END,
        pg_temp.rnd(b.p, 409) < .3, (r.units)[1 + pg_temp.ri(b.p, 410, array_length(r.units, 1))]::uuid,
        b.starts, b.ends, 150000 + 10000 * pg_temp.ri(b.p, 411, 85), 'EUR',
        t.title || ' brings universities of ' || pa.country_name || ' and Azerbaijan together to improve ' || t.topic || '.',
        ARRAY['Modernise ' || t.topic || ' curricula', 'Train 60 academic staff', 'Open a resource centre'],
        'New curricula, trained staff and a network of partner universities.', pg_temp.rnd(b.p, 412) < .8,
        (b.starts - 300)::timestamp, (b.starts - 300)::timestamp
      FROM bench_project b
      CROSS JOIN bench_ref r
      CROSS JOIN bench_office o
      JOIN bench_partner pa ON pa.i = pg_temp.agreement_partner(b.p * 7)
      CROSS JOIN LATERAL (SELECT pg_temp.rnd(b.p, 413) < .4 AS coord) c
      CROSS JOIN LATERAL (SELECT pg_temp.pick(${L(DESCRIPTION_TOPICS)}, b.p, 414) AS topic, pg_temp.pick(${L(PROJECT_PATTERNS)}, b.p, 415) AS pattern) w
      CROSS JOIN LATERAL (SELECT w.topic, w.pattern || ' ' || w.topic || ' education in the South Caucasus (' || b.p || ')' AS title,
                                 upper(left(w.pattern, 3) || left(regexp_replace(w.topic, '[^a-z]', '', 'g'), 3)) || b.p AS acronym) t;

      INSERT INTO "ProjectPartner" (id, "projectId", "partnerId", name, "countryCode", role, pic)
      SELECT pg_temp.uid('project-partner', b.p * 10 + k), b.id, pa.id, pa.name, pa.cc,
        CASE WHEN k = 1 AND pr."ourRole" = 'PARTNER' THEN 'coordinator' ELSE 'partner' END, lpad((900000000 + b.p * 10 + k)::text, 9, '0')
      FROM bench_project b
      JOIN "Project" pr ON pr.id = b.id
      CROSS JOIN LATERAL generate_series(1, b.members) AS k
      JOIN bench_partner pa ON pa.i = CASE WHEN k = 1 THEN pg_temp.agreement_partner(b.p * 7) ELSE 1 + pg_temp.ri(b.p * 10 + k, 416, ${"(SELECT count(*) FROM bench_partner)"}::int) END;

      INSERT INTO "ProjectMember" (id, "projectId", "userId", name, role)
      SELECT pg_temp.uid('project-member', b.p * 10 + k), b.id, CASE WHEN k = 1 THEN r.officer::uuid END,
        CASE WHEN k = 1 THEN 'International Relations Officer' ELSE pg_temp.pick(${L(["Aynur", "Elchin", "Kamala", "Rustam"])}, b.p, 417) || ' ' || pg_temp.pick(${L(["Aliyeva", "Mammadov", "Huseynova", "Karimov"])}, b.p, 418) END,
        CASE WHEN k = 1 THEN 'Project manager' ELSE 'Academic lead' END
      FROM bench_project b CROSS JOIN bench_ref r CROSS JOIN generate_series(1, 2) AS k;

      INSERT INTO "WorkPackage" (id, "projectId", code, title, description, "leadPartnerId", "startMonth", "endMonth")
      SELECT pg_temp.uid('work-package', b.p * 10 + w), b.id, 'WP' || w, (${L(WORK_PACKAGES)})[w], (${L(WORK_PACKAGES)})[w] || ' of the project.',
        pg_temp.uid('project-partner', b.p * 10 + 1 + (w - 1) % b.members),
        CASE WHEN w IN (1, 5) THEN 1 ELSE 1 + (w - 2) * b.months / 4 END, CASE WHEN w IN (1, 5) THEN b.months ELSE (w - 1) * b.months / 4 + b.months / 4 END
      FROM bench_project b CROSS JOIN generate_series(1, 5) AS w;

      INSERT INTO "Deliverable" (id, "projectId", "workPackageId", kind, code, title, "dueDate", responsible, status)
      SELECT pg_temp.uid('deliverable', b.p * 100 + w * 10 + d), b.id, pg_temp.uid('work-package', b.p * 10 + w),
        (CASE WHEN w = 1 AND d = 3 THEN 'REPORT' ELSE 'DELIVERABLE' END)::"DeliverableKind", 'D' || w || '.' || d,
        (${L(WORK_PACKAGES)})[w] || ': ' || (ARRAY['plan', 'report', 'results'])[d], due.day, 'Work package lead',
        (CASE WHEN due.day < current_date THEN (CASE WHEN pg_temp.rnd(b.p * 100 + w * 10 + d, 420) < .8 THEN 'ACCEPTED' ELSE 'SUBMITTED' END)
              WHEN due.day < current_date + 60 THEN 'IN_PROGRESS' ELSE 'PLANNED' END)::"DeliverableStatus"
      FROM bench_project b CROSS JOIN generate_series(1, 5) AS w CROSS JOIN generate_series(1, 3) AS d
      CROSS JOIN LATERAL (SELECT least(b.ends, b.starts + ((b.ends - b.starts) * (w * 3 + d - 3)) / 15) AS day) due;
    `],
    ["activities", `
      INSERT INTO "ProjectActivity" (id, "projectId", title, "startDate", "endDate", place, participants, description, "staffCount", "studentCount")
      SELECT pg_temp.uid('activity', a), b.id, pg_temp.pick(${L(ACTIVITY_TITLES)}, a, 501) || ' in ' || (${cities})[1 + pg_temp.ri(a, 502, array_length(${cities}, 1))],
        s.day, s.day + pg_temp.ri(a, 503, 5), (${cities})[1 + pg_temp.ri(a, 502, array_length(${cities}, 1))],
        'Staff and students of the consortium', 'What happened: sessions, visits and a report shared with the consortium.',
        2 + pg_temp.ri(a, 504, 20), pg_temp.ri(a, 505, 60)
      FROM generate_series(1, ${n.activities}) AS a
      JOIN bench_project b ON b.fi = 1 + (a - 1) % (SELECT max(fi) FROM bench_project)
      CROSS JOIN LATERAL (SELECT b.starts + pg_temp.ri(a, 506, least(b.ends, current_date) - b.starts + 1) AS day) s;
    `],
    ["budgets", `
      INSERT INTO "BudgetLine" (id, "projectId", category, year, description, planned, closed)
      SELECT pg_temp.uid('budget-line', b.p * 100 + c * 10 + (y - b.y1)), b.id, (enum_range(NULL::"BudgetCategory"))[1 + c], y, '',
        round((2000 + pg_temp.rnd(b.p * 100 + c * 10 + y - b.y1, 601) * 30000)::numeric, 2), b.status = 'CLOSED' AND y < extract(year FROM current_date)
      FROM bench_project b CROSS JOIN generate_series(0, 5) AS c CROSS JOIN LATERAL generate_series(b.y1, b.y2) AS y;

      -- Expenses of the spending projects, each on a line of a year already begun, dated within the project and never after today.
      INSERT INTO "Expense" (id, "projectId", "budgetLineId", "spentOn", description, amount, currency, rate, "projectAmount", "createdById", "createdAt")
      SELECT pg_temp.uid('expense', x), b.id, pg_temp.uid('budget-line', b.p * 100 + cat.c * 10 + yy.y - b.y1), d.day,
        (ARRAY['Salaries', 'Flights and hotels', 'Laptops and projectors', 'Translation services', 'Printing and materials', 'Overheads'])[1 + cat.c] || ' ' || x,
        m.amount, m.currency, m.rate, round(m.amount * m.rate, 2), r.officer::uuid, d.day::timestamp
      FROM generate_series(1, ${n.budgetRows} - (SELECT sum(6 * (y2 - y1 + 1))::int FROM bench_project)) AS x
      CROSS JOIN bench_ref r
      JOIN bench_project b ON b.fi = 1 + (x - 1) % (SELECT max(fi) FROM bench_project)
      CROSS JOIN LATERAL (SELECT b.y1 + pg_temp.ri(x, 602, least(b.y2, extract(year FROM current_date)::int) - b.y1 + 1) AS y) yy
      CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.rnd(x, 603) < .3 THEN 0 WHEN pg_temp.rnd(x, 603) < .65 THEN 1 WHEN pg_temp.rnd(x, 603) < .75 THEN 2
                                      WHEN pg_temp.rnd(x, 603) < .8 THEN 3 WHEN pg_temp.rnd(x, 603) < .9 THEN 4 ELSE 5 END AS c) cat
      CROSS JOIN LATERAL (SELECT greatest(make_date(yy.y, 1, 1), b.starts) AS lo, least(make_date(yy.y, 12, 31), b.ends, current_date) AS hi) w
      CROSS JOIN LATERAL (SELECT w.lo + pg_temp.ri(x, 604, w.hi - w.lo + 1) AS day) d
      CROSS JOIN LATERAL (SELECT round((50 + pg_temp.rnd(x, 605) * 4950)::numeric, 2) AS amount,
                                 CASE WHEN pg_temp.rnd(x, 606) < .6 THEN 'EUR' WHEN pg_temp.rnd(x, 606) < .9 THEN 'AZN' ELSE 'USD' END AS currency) m0
      CROSS JOIN LATERAL (SELECT m0.amount, m0.currency, CASE m0.currency WHEN 'EUR' THEN 1 WHEN 'AZN' THEN 0.53 ELSE 0.92 END::numeric AS rate) m;
    `],
    ["intl students", `
      INSERT INTO "InternationalStudent" (id, "studentNumber", "fullName", "countryCode", "programName", level, "unitId", "intakeYear", status, "createdAt", "updatedAt")
      SELECT pg_temp.uid('international-student', s), 'BENCH-' || lpad(s::text, 6, '0'),
        pg_temp.pick(${L(["Mehmet", "Ali", "Reza", "Sara", "Ivan", "Nino", "Ahmed", "Fatima", "Rahul", "Chinedu", "Aziz", "Dana", "Merve", "Zeynep", "Olena", "Li", "Ji-woo", "Hassan", "Amina", "Timur"])}, s, 701)
          || ' ' || pg_temp.pick(${L(["Yildiz", "Ahmadi", "Ivanov", "Kapanadze", "Khan", "Patel", "Okonkwo", "Hassan", "Tursunov", "Seitkali", "Atayev", "Al-Rashid", "Kovalenko", "Wang", "Park", "Demir"])}, s, 702),
        (${L(STUDENT_COUNTRIES)})[1 + floor(power(pg_temp.rnd(s, 703), 2) * ${STUDENT_COUNTRIES.length})::int],
        lv.prefix || pg_temp.pick(${L(["Petroleum Engineering", "Computer Science", "Business Administration", "Medicine", "Dentistry", "International Relations", "English Language and Literature", "Economics", "Architecture", "Law"])}, s, 704),
        lv.level::"StudyLevel", (r.units)[1 + pg_temp.ri(s, 705, array_length(r.units, 1))]::uuid, y.intake,
        (CASE WHEN y.intake >= extract(year FROM current_date)::int - 3 THEN CASE WHEN pg_temp.rnd(s, 706) < .9 THEN 'ENROLLED' WHEN pg_temp.rnd(s, 706) < .95 THEN 'SUSPENDED' ELSE 'WITHDRAWN' END
              WHEN pg_temp.rnd(s, 706) < .85 THEN 'GRADUATED' ELSE 'WITHDRAWN' END)::"InternationalStudentStatus",
        make_date(y.intake, 9, 1)::timestamp, make_date(y.intake, 9, 1)::timestamp
      FROM generate_series(1, ${n.internationalStudents}) AS s
      CROSS JOIN bench_ref r
      CROSS JOIN LATERAL (SELECT extract(year FROM current_date)::int - 9 + floor(sqrt(pg_temp.rnd(s, 707)) * 10)::int AS intake) y
      CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.rnd(s, 708) < .65 THEN 'BACHELOR' WHEN pg_temp.rnd(s, 708) < .93 THEN 'MASTER' ELSE 'DOCTORAL' END AS level) l0
      CROSS JOIN LATERAL (SELECT l0.level, CASE l0.level WHEN 'BACHELOR' THEN 'BSc in ' WHEN 'MASTER' THEN 'MSc in ' ELSE 'PhD in ' END AS prefix) lv;
    `],
  ];
}

/** Every foreign key of the office's generated tables: [table, column, referenced table, key]. */
export const OFFICE_REFERENCES: [string, string, string, string][] = [
  ["Visit", "partnerId", "Partner", "id"],
  ["Visit", "agreementId", "Agreement", "id"],
  ["Visit", "projectId", "Project", "id"],
  ["Visit", "hostUnitId", "Unit", "id"],
  ["Visit", "responsibleId", "User", "id"],
  ["VisitParticipant", "visitId", "Visit", "id"],
  ["VisitParticipant", "userId", "User", "id"],
  ["VisitParticipant", "nationalityCode", "Country", "code"],
  ["VisitAgendaItem", "visitId", "Visit", "id"],
  ["Event", "unitId", "Unit", "id"],
  ["Event", "visitId", "Visit", "id"],
  ["EventPartner", "eventId", "Event", "id"],
  ["EventPartner", "partnerId", "Partner", "id"],
  ["EventRegistration", "eventId", "Event", "id"],
  ["EventRegistration", "userId", "User", "id"],
  ["GrantCallFollow", "callId", "GrantCall", "id"],
  ["GrantCallFollow", "userId", "User", "id"],
  ["Project", "grantCallId", "GrantCall", "id"],
  ["Project", "unitId", "Unit", "id"],
  ["ProjectPartner", "projectId", "Project", "id"],
  ["ProjectPartner", "partnerId", "Partner", "id"],
  ["ProjectPartner", "countryCode", "Country", "code"],
  ["ProjectMember", "projectId", "Project", "id"],
  ["ProjectMember", "userId", "User", "id"],
  ["WorkPackage", "projectId", "Project", "id"],
  ["WorkPackage", "leadPartnerId", "ProjectPartner", "id"],
  ["Deliverable", "projectId", "Project", "id"],
  ["Deliverable", "workPackageId", "WorkPackage", "id"],
  ["ProjectActivity", "projectId", "Project", "id"],
  ["BudgetLine", "projectId", "Project", "id"],
  ["Expense", "projectId", "Project", "id"],
  ["Expense", "budgetLineId", "BudgetLine", "id"],
  ["Expense", "createdById", "User", "id"],
  ["InternationalStudent", "countryCode", "Country", "code"],
  ["InternationalStudent", "unitId", "Unit", "id"],
];

/** Counts of the office's tables for the dataset's description. */
export const OFFICE_COUNTS_SQL = `
  (SELECT count(*)::int FROM "Visit") AS visits, (SELECT count(*)::int FROM "VisitParticipant") AS "visitParticipants",
  (SELECT count(*)::int FROM "VisitAgendaItem") AS "agendaItems", (SELECT count(*)::int FROM "Event") AS events,
  (SELECT count(*)::int FROM "EventRegistration") AS "eventRegistrations", (SELECT count(*)::int FROM "Project") AS projects,
  (SELECT count(*)::int FROM "WorkPackage") AS "workPackages", (SELECT count(*)::int FROM "Deliverable") AS deliverables,
  (SELECT count(*)::int FROM "ProjectActivity") AS "projectActivities", (SELECT count(*)::int FROM "BudgetLine") AS "budgetLines",
  (SELECT count(*)::int FROM "Expense") AS expenses, (SELECT count(*)::int FROM "GrantCall") AS "grantCalls",
  (SELECT count(*)::int FROM "InternationalStudent") AS "internationalStudents"`;
