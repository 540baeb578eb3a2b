-- Full-text search (hand-written: Prisma's schema language has no expression indexes).
-- The 'simple' configuration does no stemming, which suits names and texts in English, Azerbaijani
-- and Russian alike. Queries must use exactly these expressions for the indexes to apply:
--   lib/search/full-text.ts holds them.
CREATE INDEX "Partner_search_idx" ON "Partner" USING GIN (
  to_tsvector('simple', "name" || ' ' || coalesce("city", '') || ' ' || "description")
);
CREATE INDEX "Opportunity_search_idx" ON "Opportunity" USING GIN (
  to_tsvector('simple', "title" || ' ' || "description" || ' ' || "academicPeriod")
);
CREATE INDEX "Center_name_trgm_idx" ON "Center" USING GIN ("name" gin_trgm_ops);
