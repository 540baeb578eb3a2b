-- News, the e-mail queue, the first-run setup token, strategy indicators and activity reports (issues 13 and 14).
-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('QUARTERLY', 'ANNUAL', 'CUSTOM', 'RANKINGS');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "StrategyMetric" ADD VALUE 'EVENTS_HELD';
ALTER TYPE "StrategyMetric" ADD VALUE 'VISITS_RECEIVED';

-- DropForeignKey
ALTER TABLE "StrategyTarget" DROP CONSTRAINT "StrategyTarget_goalId_fkey";

-- DropIndex
DROP INDEX "StrategyTarget_goalId_year_key";

-- CreateTable
CREATE TABLE "StrategyIndicator" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "goalId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "translations" JSONB NOT NULL DEFAULT '{}',
    "metric" "StrategyMetric",
    "filter" JSONB NOT NULL DEFAULT '{}',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StrategyIndicator_pkey" PRIMARY KEY ("id")
);

-- Each existing goal keeps its measure as its first indicator (same id), and its targets move to it.
INSERT INTO "StrategyIndicator" ("id", "goalId", "title", "metric") SELECT "id", "id", "title", "metric" FROM "StrategyGoal";

-- AlterTable
ALTER TABLE "StrategyTarget" ADD COLUMN "indicatorId" UUID;
UPDATE "StrategyTarget" SET "indicatorId" = "goalId";
ALTER TABLE "StrategyTarget" ALTER COLUMN "indicatorId" SET NOT NULL,
DROP COLUMN "goalId";

-- AlterTable
ALTER TABLE "StrategyGoal" DROP COLUMN "metric",
ADD COLUMN     "sortOrder" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "StrategyActual" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "indicatorId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "value" INTEGER NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "enteredById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StrategyActual_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "translations" JSONB NOT NULL DEFAULT '{}',
    "pictureFileId" UUID,
    "publishedAt" TIMESTAMP(3),
    "isPublished" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailMessage" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "template" TEXT,
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SetupToken" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "tokenHash" CHAR(64) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "SetupToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityReport" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "ReportKind" NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "language" VARCHAR(2) NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "inputs" JSONB NOT NULL DEFAULT '{}',
    "pdfFileId" UUID,
    "xlsxFileId" UUID,
    "error" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ActivityReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityHighlight" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "happenedOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "translations" JSONB NOT NULL DEFAULT '{}',
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityHighlight_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StrategyIndicator_goalId_idx" ON "StrategyIndicator"("goalId");

-- CreateIndex
CREATE UNIQUE INDEX "StrategyActual_indicatorId_year_key" ON "StrategyActual"("indicatorId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "NewsItem_slug_key" ON "NewsItem"("slug");

-- CreateIndex
CREATE INDEX "NewsItem_isPublished_publishedAt_idx" ON "NewsItem"("isPublished", "publishedAt");

-- CreateIndex
CREATE INDEX "EmailMessage_status_nextAttemptAt_idx" ON "EmailMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "EmailMessage_createdAt_idx" ON "EmailMessage"("createdAt");

-- CreateIndex
CREATE INDEX "ActivityReport_createdAt_idx" ON "ActivityReport"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityReport_kind_periodStart_periodEnd_language_createdA_key" ON "ActivityReport"("kind", "periodStart", "periodEnd", "language", "createdAt");

-- CreateIndex
CREATE INDEX "ActivityHighlight_happenedOn_idx" ON "ActivityHighlight"("happenedOn");

-- CreateIndex
CREATE UNIQUE INDEX "StrategyTarget_indicatorId_year_key" ON "StrategyTarget"("indicatorId", "year");

-- AddForeignKey
ALTER TABLE "StrategyIndicator" ADD CONSTRAINT "StrategyIndicator_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "StrategyGoal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyTarget" ADD CONSTRAINT "StrategyTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "StrategyIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyActual" ADD CONSTRAINT "StrategyActual_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "StrategyIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyActual" ADD CONSTRAINT "StrategyActual_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_pictureFileId_fkey" FOREIGN KEY ("pictureFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityReport" ADD CONSTRAINT "ActivityReport_pdfFileId_fkey" FOREIGN KEY ("pdfFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityReport" ADD CONSTRAINT "ActivityReport_xlsxFileId_fkey" FOREIGN KEY ("xlsxFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityReport" ADD CONSTRAINT "ActivityReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityHighlight" ADD CONSTRAINT "ActivityHighlight_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

