-- The catalogue's typo-tolerant title match also looks at the translated titles (decision 010):
-- lib/opportunities/catalogue-sql.ts repeats this expression exactly so the index applies.
CREATE INDEX "Opportunity_translated_titles_trgm_idx" ON "Opportunity" USING GIN ((coalesce("translations" #>> '{en,title}', '') || ' ' || coalesce("translations" #>> '{az,title}', '') || ' ' || coalesce("translations" #>> '{ru,title}', '')) gin_trgm_ops);
