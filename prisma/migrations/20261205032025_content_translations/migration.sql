-- AlterTable
ALTER TABLE "Center" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "defaultLanguage" VARCHAR(2) NOT NULL DEFAULT 'en',
ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "MobilityProgram" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "OfficeContact" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Opportunity" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "ProjectActivity" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "WorkPackage" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- Search matches text in any language (decision 010): the full-text documents take in every
-- string of the translations. Queries repeat these expressions (lib/search/full-text.ts).
DROP INDEX "Partner_search_idx";
CREATE INDEX "Partner_search_idx" ON "Partner" USING GIN (
  (to_tsvector('simple', "name" || ' ' || coalesce("city", '') || ' ' || "description") || jsonb_to_tsvector('simple', "translations", '["string"]'))
);
DROP INDEX "Opportunity_search_idx";
CREATE INDEX "Opportunity_search_idx" ON "Opportunity" USING GIN (
  (to_tsvector('simple', "title" || ' ' || "description" || ' ' || "academicPeriod") || jsonb_to_tsvector('simple', "translations", '["string"]'))
);
