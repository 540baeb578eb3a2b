-- Deadlines entered as a bare day were stored as midnight UTC. A deadline is the end of its day in the
-- institution's time zone (decision in lib/dates/zoned.ts), so move exactly-midnight-UTC deadlines to
-- 23:59:59 of that day there. Data only; no schema change.
UPDATE "Opportunity" o
SET "closesAt" = ((date_trunc('day', o."closesAt") + interval '23 hours 59 minutes 59 seconds') AT TIME ZONE i."timeZone") AT TIME ZONE 'UTC'
FROM "Institution" i
WHERE i."id" = 1 AND o."closesAt" = date_trunc('day', o."closesAt");
