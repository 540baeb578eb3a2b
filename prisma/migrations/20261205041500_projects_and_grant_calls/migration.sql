-- International projects (lifecycle, work packages, deliverables, budget, documents, reminders) and grant calls (issue 12).
-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('IDEA', 'IN_PREPARATION', 'SUBMITTED', 'FUNDED', 'REJECTED', 'RUNNING', 'CLOSED');

-- CreateEnum
CREATE TYPE "DeliverableKind" AS ENUM ('DELIVERABLE', 'REPORT');

-- CreateEnum
CREATE TYPE "DeliverableStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'SUBMITTED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "BudgetCategory" AS ENUM ('STAFF', 'TRAVEL', 'EQUIPMENT', 'SUBCONTRACTING', 'OTHER_DIRECT', 'INDIRECT');

-- CreateEnum
CREATE TYPE "ProjectDocumentKind" AS ENUM ('GRANT_AGREEMENT', 'REPORT', 'DELIVERABLE', 'OTHER');

-- CreateEnum
CREATE TYPE "GrantAudience" AS ENUM ('STAFF', 'STUDENTS', 'RESEARCHERS', 'UNITS');

-- CreateEnum
CREATE TYPE "GrantCallStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED');

-- AlterTable
ALTER TABLE "GrantCall" ADD COLUMN     "audiences" "GrantAudience"[] DEFAULT ARRAY[]::"GrantAudience"[],
ADD COLUMN     "budgetMax" DECIMAL(14,2),
ADD COLUMN     "budgetMin" DECIMAL(14,2),
ADD COLUMN     "currency" CHAR(3),
ADD COLUMN     "program" TEXT,
ADD COLUMN     "status" "GrantCallStatus" NOT NULL DEFAULT 'DRAFT',
ADD COLUMN     "subjectAreas" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "timeZone" TEXT,
ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "currency" CHAR(3) NOT NULL DEFAULT 'AZN';

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "action" TEXT,
ADD COLUMN     "budgetIsPublic" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "decidedOn" DATE,
ADD COLUMN     "grantCallId" UUID,
ADD COLUMN     "status" "ProjectStatus" NOT NULL DEFAULT 'IDEA',
ADD COLUMN     "submittedOn" DATE,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Projects recorded before the lifecycle existed were funded: running until their end, then closed.
UPDATE "Project" SET "status" = CASE WHEN "endDate" < CURRENT_DATE THEN 'CLOSED'::"ProjectStatus" ELSE 'RUNNING'::"ProjectStatus" END;
-- Grant calls recorded before statuses existed were already shown: published.
UPDATE "GrantCall" SET "status" = 'PUBLISHED';

-- AlterTable
ALTER TABLE "ProjectActivity" ADD COLUMN     "staffCount" INTEGER,
ADD COLUMN     "studentCount" INTEGER;

-- AlterTable
ALTER TABLE "ProjectPartner" ADD COLUMN     "pic" VARCHAR(9),
ADD COLUMN     "role" TEXT NOT NULL DEFAULT 'partner';

-- AlterTable
ALTER TABLE "WorkPackage" ADD COLUMN     "endMonth" INTEGER,
ADD COLUMN     "leadPartnerId" UUID,
ADD COLUMN     "startMonth" INTEGER;

-- CreateTable
CREATE TABLE "Deliverable" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "projectId" UUID NOT NULL,
    "workPackageId" UUID,
    "kind" "DeliverableKind" NOT NULL DEFAULT 'DELIVERABLE',
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "responsible" TEXT,
    "status" "DeliverableStatus" NOT NULL DEFAULT 'PLANNED',
    "fileId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Deliverable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "projectId" UUID NOT NULL,
    "category" "BudgetCategory" NOT NULL,
    "year" INTEGER NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "planned" DECIMAL(14,2) NOT NULL,
    "closed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expense" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "projectId" UUID NOT NULL,
    "budgetLineId" UUID NOT NULL,
    "spentOn" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "rate" DECIMAL(18,8) NOT NULL,
    "projectAmount" DECIMAL(14,2) NOT NULL,
    "receiptFileId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Expense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectDocument" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "projectId" UUID NOT NULL,
    "kind" "ProjectDocumentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectDocumentVersion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "documentId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "fileId" UUID NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectDocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectReminder" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "projectId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantCallDocument" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "callId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "fileId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrantCallDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantCallFollow" (
    "callId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "remindedLeadDays" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrantCallFollow_pkey" PRIMARY KEY ("callId","userId")
);

-- CreateTable
CREATE TABLE "DigestSubscription" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "subjectAreas" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "unitIds" UUID[] DEFAULT ARRAY[]::UUID[],
    "lastSentAt" TIMESTAMP(3),
    "unsubscribedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Deliverable_dueDate_status_idx" ON "Deliverable"("dueDate", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Deliverable_projectId_code_key" ON "Deliverable"("projectId", "code");

-- CreateIndex
CREATE INDEX "BudgetLine_projectId_year_idx" ON "BudgetLine"("projectId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetLine_projectId_category_year_description_key" ON "BudgetLine"("projectId", "category", "year", "description");

-- CreateIndex
CREATE INDEX "Expense_projectId_spentOn_idx" ON "Expense"("projectId", "spentOn");

-- CreateIndex
CREATE INDEX "Expense_budgetLineId_idx" ON "Expense"("budgetLineId");

-- CreateIndex
CREATE INDEX "ProjectDocument_projectId_idx" ON "ProjectDocument"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectDocumentVersion_documentId_version_key" ON "ProjectDocumentVersion"("documentId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectReminder_projectId_key_key" ON "ProjectReminder"("projectId", "key");

-- CreateIndex
CREATE INDEX "GrantCallDocument_callId_idx" ON "GrantCallDocument"("callId");

-- CreateIndex
CREATE INDEX "GrantCallFollow_userId_idx" ON "GrantCallFollow"("userId");

-- CreateIndex
CREATE INDEX "DigestSubscription_userId_idx" ON "DigestSubscription"("userId");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_grantCallId_fkey" FOREIGN KEY ("grantCallId") REFERENCES "GrantCall"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPackage" ADD CONSTRAINT "WorkPackage_leadPartnerId_fkey" FOREIGN KEY ("leadPartnerId") REFERENCES "ProjectPartner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_workPackageId_fkey" FOREIGN KEY ("workPackageId") REFERENCES "WorkPackage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "BudgetLine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_receiptFileId_fkey" FOREIGN KEY ("receiptFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectDocument" ADD CONSTRAINT "ProjectDocument_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectDocumentVersion" ADD CONSTRAINT "ProjectDocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ProjectDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectDocumentVersion" ADD CONSTRAINT "ProjectDocumentVersion_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectDocumentVersion" ADD CONSTRAINT "ProjectDocumentVersion_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectReminder" ADD CONSTRAINT "ProjectReminder_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantCallDocument" ADD CONSTRAINT "GrantCallDocument_callId_fkey" FOREIGN KEY ("callId") REFERENCES "GrantCall"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantCallDocument" ADD CONSTRAINT "GrantCallDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantCallFollow" ADD CONSTRAINT "GrantCallFollow_callId_fkey" FOREIGN KEY ("callId") REFERENCES "GrantCall"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantCallFollow" ADD CONSTRAINT "GrantCallFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestSubscription" ADD CONSTRAINT "DigestSubscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

