-- Visits and delegations, staff travel, events with registration (issue 11).
-- CreateEnum
CREATE TYPE "VisitKind" AS ENUM ('DELEGATION', 'GUEST_LECTURER', 'RESEARCHER', 'PARTNER_VISIT', 'ACCREDITATION_VISIT', 'CONFERENCE', 'TRAINING', 'TEACHING', 'SIGNING', 'OTHER');

-- CreateEnum
CREATE TYPE "EventRegistrationMode" AS ENUM ('NONE', 'ANYONE', 'SIGNED_IN');

-- CreateEnum
CREATE TYPE "EventRegistrationStatus" AS ENUM ('PENDING', 'CONFIRMED', 'WAITLISTED', 'CANCELLED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AgendaItemKind" ADD VALUE 'CAMPUS_TOUR';
ALTER TYPE "AgendaItemKind" ADD VALUE 'MEAL';
ALTER TYPE "AgendaItemKind" ADD VALUE 'TRANSFER';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EventKind" ADD VALUE 'CULTURAL';
ALTER TYPE "EventKind" ADD VALUE 'GUEST_LECTURE';
ALTER TYPE "EventKind" ADD VALUE 'TRAINING';

-- AlterEnum
ALTER TYPE "VisitStatus" ADD VALUE 'IN_PROGRESS';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "capacity" INTEGER,
ADD COLUMN     "onlineUrl" TEXT,
ADD COLUMN     "pictureFileId" UUID,
ADD COLUMN     "registrationClosesAt" TIMESTAMP(3),
ADD COLUMN     "registrationMode" "EventRegistrationMode" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "timeZone" TEXT,
ADD COLUMN     "unitId" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "visitId" UUID;

-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "visitDataRetentionDays" INTEGER NOT NULL DEFAULT 90;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "calendarTokenHash" TEXT;

-- AlterTable
ALTER TABLE "Visit" ADD COLUMN     "agreementId" UUID,
ADD COLUMN     "costsCoveredBy" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "kind" "VisitKind" NOT NULL DEFAULT 'PARTNER_VISIT',
ADD COLUMN     "outcome" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "personalDataErasedAt" TIMESTAMP(3),
ADD COLUMN     "projectId" UUID,
ADD COLUMN     "publicSummary" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "responsibleId" UUID,
ADD COLUMN     "title" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- A visit recorded before titles existed is titled by its purpose.
UPDATE "Visit" SET "title" = left("purpose", 200) WHERE "title" = '';
ALTER TABLE "Visit" ALTER COLUMN "title" DROP DEFAULT;

-- AlterTable
ALTER TABLE "VisitAgendaItem" ADD COLUMN     "host" TEXT,
ADD COLUMN     "participants" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "VisitParticipant" ADD COLUMN     "accommodationBooked" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "accommodationCost" DECIMAL(12,2),
ADD COLUMN     "accommodationNights" INTEGER,
ADD COLUMN     "arrivalTransport" TEXT,
ADD COLUMN     "birthDate" DATE,
ADD COLUMN     "budgetLine" TEXT,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "departureTransport" TEXT,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "insurance" TEXT,
ADD COLUMN     "letterLanguage" VARCHAR(2) NOT NULL DEFAULT 'en',
ADD COLUMN     "needs" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "organization" TEXT,
ADD COLUMN     "passportExpiresOn" DATE,
ADD COLUMN     "perDiem" DECIMAL(12,2),
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "sortOrder" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "tickets" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "userId" UUID,
ADD COLUMN     "visaUpdatedOn" DATE;

-- CreateTable
CREATE TABLE "VisitLetter" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "visitId" UUID NOT NULL,
    "fileId" UUID NOT NULL,
    "language" VARCHAR(2) NOT NULL,
    "participantIds" UUID[],
    "referenceNumber" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VisitLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterTemplate" (
    "language" VARCHAR(2) NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LetterTemplate_pkey" PRIMARY KEY ("language")
);

-- CreateTable
CREATE TABLE "VisitReminder" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "visitId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VisitReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventPartner" (
    "eventId" UUID NOT NULL,
    "partnerId" UUID NOT NULL,

    CONSTRAINT "EventPartner_pkey" PRIMARY KEY ("eventId","partnerId")
);

-- CreateTable
CREATE TABLE "EventRegistration" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "eventId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "userId" UUID,
    "status" "EventRegistrationStatus" NOT NULL DEFAULT 'PENDING',
    "confirmedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VisitLetter_visitId_createdAt_idx" ON "VisitLetter"("visitId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "VisitReminder_visitId_key_key" ON "VisitReminder"("visitId", "key");

-- CreateIndex
CREATE INDEX "EventPartner_partnerId_idx" ON "EventPartner"("partnerId");

-- CreateIndex
CREATE INDEX "EventRegistration_eventId_status_createdAt_idx" ON "EventRegistration"("eventId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "EventRegistration_eventId_email_key" ON "EventRegistration"("eventId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarTokenHash_key" ON "User"("calendarTokenHash");

-- CreateIndex
CREATE INDEX "Visit_hostUnitId_startDate_idx" ON "Visit"("hostUnitId", "startDate");

-- CreateIndex
CREATE INDEX "Visit_partnerId_idx" ON "Visit"("partnerId");

-- CreateIndex
CREATE INDEX "Visit_status_startDate_idx" ON "Visit"("status", "startDate");

-- CreateIndex
CREATE INDEX "VisitParticipant_userId_idx" ON "VisitParticipant"("userId");

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_responsibleId_fkey" FOREIGN KEY ("responsibleId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitParticipant" ADD CONSTRAINT "VisitParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitLetter" ADD CONSTRAINT "VisitLetter_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitLetter" ADD CONSTRAINT "VisitLetter_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitLetter" ADD CONSTRAINT "VisitLetter_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitReminder" ADD CONSTRAINT "VisitReminder_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_pictureFileId_fkey" FOREIGN KEY ("pictureFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPartner" ADD CONSTRAINT "EventPartner_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPartner" ADD CONSTRAINT "EventPartner_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

