-- Trigram matching for "looks like an existing partner" and typo-tolerant search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "WorldRegion" AS ENUM ('EUROPE', 'CENTRAL_ASIA_CAUCASUS', 'EAST_ASIA', 'SOUTH_ASIA', 'SOUTHEAST_ASIA', 'MIDDLE_EAST', 'AFRICA', 'NORTH_AMERICA', 'LATIN_AMERICA', 'OCEANIA');

-- CreateEnum
CREATE TYPE "IscedLevel" AS ENUM ('BROAD', 'NARROW', 'DETAILED');

-- CreateEnum
CREATE TYPE "CefrLevel" AS ENUM ('A1', 'A2', 'B1', 'B2', 'C1', 'C2');

-- CreateEnum
CREATE TYPE "StudyLevel" AS ENUM ('SHORT_CYCLE', 'BACHELOR', 'MASTER', 'DOCTORAL');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('FACULTY', 'SCHOOL', 'DEPARTMENT', 'OFFICE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'OFFICER', 'COORDINATOR', 'STUDENT');

-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('EMAIL_CONFIRMATION', 'PASSWORD_RESET', 'STAFF_INVITATION');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('UNIVERSITY', 'RESEARCH_INSTITUTE', 'ORGANIZATION', 'COMPANY', 'FOUNDATION', 'GOVERNMENT', 'EMBASSY', 'NETWORK');

-- CreateEnum
CREATE TYPE "PartnerStatus" AS ENUM ('PROSPECT', 'ACTIVE', 'INACTIVE');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('BILATERAL_COOPERATION', 'MEMORANDUM_OF_UNDERSTANDING', 'ERASMUS_KA131', 'ERASMUS_KA171', 'MEVLANA_PROTOCOL', 'ORKHON_PROTOCOL', 'DOUBLE_DEGREE', 'JOINT_DEGREE', 'DUAL_DEGREE', 'DIPLOMA_DELOCALIZATION', 'RESEARCH_COOPERATION', 'MUTUAL_RECOGNITION');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('DRAFT', 'IN_NEGOTIATION', 'AWAITING_SIGNATURE', 'ACTIVE', 'EXPIRED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "AgreementScope" AS ENUM ('STUDENT_EXCHANGE', 'STAFF_EXCHANGE', 'JOINT_RESEARCH', 'JOINT_PROGRAMS', 'LIBRARY_RESOURCES', 'SUMMER_SCHOOLS', 'LANGUAGE_TEACHING', 'CULTURAL_EXCHANGE');

-- CreateEnum
CREATE TYPE "RenewalType" AS ENUM ('NONE', 'AUTOMATIC', 'BY_NOTICE');

-- CreateEnum
CREATE TYPE "MobilityDirection" AS ENUM ('OUTGOING', 'INCOMING');

-- CreateEnum
CREATE TYPE "MobilityType" AS ENUM ('STUDENT_STUDY', 'STUDENT_TRAINEESHIP', 'STAFF_TEACHING', 'STAFF_TRAINING');

-- CreateEnum
CREATE TYPE "AgreementDocumentKind" AS ENUM ('SIGNED', 'DRAFT', 'ANNEX', 'OTHER');

-- CreateEnum
CREATE TYPE "Audience" AS ENUM ('BACHELOR', 'MASTER', 'DOCTORAL', 'STAFF');

-- CreateEnum
CREATE TYPE "OpportunityStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'SHORTLISTED', 'NOMINATED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ParticipantType" AS ENUM ('STUDENT', 'STAFF');

-- CreateEnum
CREATE TYPE "MobilityStatus" AS ENUM ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ProjectRole" AS ENUM ('COORDINATOR', 'PARTNER');

-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('PLANNED', 'CONFIRMED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VisaStatus" AS ENUM ('NOT_REQUIRED', 'REQUIRED', 'INVITATION_SENT', 'APPLIED', 'ISSUED', 'REFUSED');

-- CreateEnum
CREATE TYPE "AgendaItemKind" AS ENUM ('MEETING', 'LECTURE', 'CULTURAL', 'TRAVEL', 'OTHER');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('CONFERENCE', 'SEMINAR', 'WEBINAR', 'SUMMER_SCHOOL', 'PRESENTATION', 'OTHER');

-- CreateEnum
CREATE TYPE "StrategyMetric" AS ENUM ('ACTIVE_AGREEMENTS', 'ACTIVE_PARTNERS', 'OUTGOING_MOBILITIES', 'INCOMING_MOBILITIES', 'INTERNATIONAL_STUDENTS', 'PROJECTS');

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "alpha3" CHAR(3) NOT NULL,
    "numeric" CHAR(3) NOT NULL,
    "name" TEXT NOT NULL,
    "region" "WorldRegion" NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "IscedField" (
    "code" VARCHAR(4) NOT NULL,
    "name" TEXT NOT NULL,
    "level" "IscedLevel" NOT NULL,

    CONSTRAINT "IscedField_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Institution" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "logoPath" TEXT,
    "erasmusCode" TEXT,
    "website" TEXT,
    "address" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "officeHeadName" TEXT,
    "officeHeadTitle" TEXT,
    "emailDomain" TEXT NOT NULL,
    "about" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeContact" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "institutionId" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OfficeContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL DEFAULT 'FACULTY',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL DEFAULT 'STUDENT',
    "unitId" UUID,
    "emailVerifiedAt" TIMESTAMP(3),
    "disabledAt" TIMESTAMP(3),
    "locale" VARCHAR(5),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserAccount" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,

    CONSTRAINT "UserAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OneTimeToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneTimeToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "blockedUntil" TIMESTAMP(3),

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "city" TEXT,
    "website" TEXT,
    "erasmusCode" TEXT,
    "schacCode" TEXT,
    "pic" VARCHAR(9),
    "description" TEXT NOT NULL DEFAULT '',
    "areas" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "PartnerStatus" NOT NULL DEFAULT 'PROSPECT',
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "internalNotes" TEXT NOT NULL DEFAULT '',
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerContact" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnerId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PartnerContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "referenceNumber" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'DRAFT',
    "unitId" UUID NOT NULL,
    "responsibleId" UUID,
    "scope" "AgreementScope"[] DEFAULT ARRAY[]::"AgreementScope"[],
    "signedOn" DATE,
    "startsOn" DATE,
    "endsOn" DATE,
    "renewalType" "RenewalType" NOT NULL DEFAULT 'NONE',
    "noticePeriodDays" INTEGER,
    "internalNotes" TEXT NOT NULL DEFAULT '',
    "predecessorId" UUID,
    "terminatedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementPartner" (
    "agreementId" UUID NOT NULL,
    "partnerId" UUID NOT NULL,

    CONSTRAINT "AgreementPartner_pkey" PRIMARY KEY ("agreementId","partnerId")
);

-- CreateTable
CREATE TABLE "CooperationCondition" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agreementId" UUID NOT NULL,
    "direction" "MobilityDirection" NOT NULL,
    "mobilityType" "MobilityType" NOT NULL,
    "level" "StudyLevel",
    "iscedCode" VARCHAR(4),
    "placesPerYear" INTEGER NOT NULL,
    "monthsPerPlace" DECIMAL(4,1),
    "daysPerPlace" INTEGER,
    "language" VARCHAR(35),
    "languageLevel" "CefrLevel",
    "fromAcademicYear" INTEGER,
    "toAcademicYear" INTEGER,

    CONSTRAINT "CooperationCondition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementVersion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agreementId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "changedById" UUID,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementDocument" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agreementId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "AgreementDocumentKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementDocumentVersion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "documentId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "fileId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementDocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpiryReminder" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agreementId" UUID NOT NULL,
    "endsOn" DATE NOT NULL,
    "leadDays" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExpiryReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MobilityProgram" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "funder" TEXT,
    "url" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MobilityProgram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opportunity" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "programId" UUID NOT NULL,
    "partnerId" UUID,
    "agreementId" UUID,
    "unitId" UUID,
    "direction" "MobilityDirection" NOT NULL DEFAULT 'OUTGOING',
    "audience" "Audience"[],
    "subjectAreas" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "places" INTEGER NOT NULL,
    "funding" TEXT NOT NULL DEFAULT '',
    "academicYear" INTEGER NOT NULL,
    "academicPeriod" TEXT NOT NULL,
    "durationMonths" DECIMAL(4,1),
    "language" VARCHAR(35),
    "languageLevel" "CefrLevel",
    "otherRequirements" TEXT NOT NULL DEFAULT '',
    "selectionCriteria" JSONB NOT NULL DEFAULT '[]',
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "status" "OpportunityStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opportunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequiredDocument" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "opportunityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "isMandatory" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RequiredDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "opportunityId" UUID NOT NULL,
    "studentId" UUID NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "answers" JSONB NOT NULL DEFAULT '{}',
    "languageLevel" "CefrLevel",
    "gpa" DECIMAL(4,2),
    "rank" INTEGER,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationDocument" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "applicationId" UUID NOT NULL,
    "requirementId" UUID,
    "fileId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationReview" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "applicationId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "scores" JSONB NOT NULL DEFAULT '{}',
    "total" DECIMAL(6,2) NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApplicationReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationStatusChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "applicationId" UUID NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "changedById" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "isPlacesOverride" BOOLEAN NOT NULL DEFAULT false,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MobilityRecord" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "direction" "MobilityDirection" NOT NULL,
    "participantType" "ParticipantType" NOT NULL,
    "mobilityType" "MobilityType" NOT NULL,
    "personName" TEXT NOT NULL,
    "personEmail" TEXT,
    "userId" UUID,
    "homeCountryCode" CHAR(2),
    "partnerId" UUID NOT NULL,
    "programId" UUID,
    "agreementId" UUID,
    "applicationId" UUID,
    "unitId" UUID,
    "level" "StudyLevel",
    "iscedCode" VARCHAR(4),
    "academicYear" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "status" "MobilityStatus" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MobilityRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "acronym" TEXT,
    "fundingProgram" TEXT NOT NULL,
    "grantNumber" TEXT,
    "coordinatorInstitution" TEXT NOT NULL,
    "ourRole" "ProjectRole" NOT NULL,
    "unitId" UUID,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "budget" DECIMAL(14,2),
    "currency" CHAR(3),
    "summary" TEXT NOT NULL DEFAULT '',
    "objectives" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "outcomes" TEXT NOT NULL DEFAULT '',
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectPartner" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "projectId" UUID NOT NULL,
    "partnerId" UUID,
    "name" TEXT NOT NULL,
    "countryCode" CHAR(2),

    CONSTRAINT "ProjectPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkPackage" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "projectId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "WorkPackage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectActivity" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "projectId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "place" TEXT,
    "participants" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ProjectActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectMember" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "projectId" UUID NOT NULL,
    "userId" UUID,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "ProjectMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantCall" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "funder" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "eligibility" TEXT NOT NULL DEFAULT '',
    "deadline" TIMESTAMP(3) NOT NULL,
    "url" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "reminderLeadDays" INTEGER[] DEFAULT ARRAY[30, 7]::INTEGER[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GrantCall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "direction" "MobilityDirection" NOT NULL,
    "purpose" TEXT NOT NULL,
    "partnerId" UUID,
    "organizationName" TEXT,
    "hostUnitId" UUID,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "status" "VisitStatus" NOT NULL DEFAULT 'PLANNED',
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitParticipant" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "visitId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT,
    "nationalityCode" CHAR(2),
    "passportNumber" TEXT,
    "arrivalAt" TIMESTAMP(3),
    "departureAt" TIMESTAMP(3),
    "accommodation" TEXT,
    "visaStatus" "VisaStatus" NOT NULL DEFAULT 'NOT_REQUIRED',

    CONSTRAINT "VisitParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitAgendaItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "visitId" UUID NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "title" TEXT NOT NULL,
    "location" TEXT,
    "kind" "AgendaItemKind" NOT NULL DEFAULT 'MEETING',

    CONSTRAINT "VisitAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "place" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "organizer" TEXT,
    "isPublished" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Center" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organization" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "location" TEXT NOT NULL DEFAULT '',
    "email" TEXT,
    "phone" TEXT,
    "website" TEXT,
    "openingHours" TEXT NOT NULL DEFAULT '',
    "pictureFileId" UUID,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Center_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategyGoal" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "metric" "StrategyMetric" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StrategyGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategyTarget" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "goalId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "target" INTEGER NOT NULL,

    CONSTRAINT "StrategyTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Country_alpha3_key" ON "Country"("alpha3");

-- CreateIndex
CREATE UNIQUE INDEX "Country_numeric_key" ON "Country"("numeric");

-- CreateIndex
CREATE INDEX "Country_region_idx" ON "Country"("region");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "UserAccount_userId_idx" ON "UserAccount"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "UserAccount_provider_providerAccountId_key" ON "UserAccount"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "OneTimeToken_tokenHash_key" ON "OneTimeToken"("tokenHash");

-- CreateIndex
CREATE INDEX "OneTimeToken_userId_purpose_idx" ON "OneTimeToken"("userId", "purpose");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_slug_key" ON "Partner"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_erasmusCode_key" ON "Partner"("erasmusCode");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_schacCode_key" ON "Partner"("schacCode");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_pic_key" ON "Partner"("pic");

-- CreateIndex
CREATE INDEX "Partner_countryCode_idx" ON "Partner"("countryCode");

-- CreateIndex
CREATE INDEX "Partner_kind_status_idx" ON "Partner"("kind", "status");

-- CreateIndex
CREATE INDEX "Partner_areas_idx" ON "Partner" USING GIN ("areas");

-- CreateIndex
CREATE INDEX "Partner_name_trgm_idx" ON "Partner" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PartnerContact_partnerId_idx" ON "PartnerContact"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_referenceNumber_key" ON "Agreement"("referenceNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_predecessorId_key" ON "Agreement"("predecessorId");

-- CreateIndex
CREATE INDEX "Agreement_status_endsOn_idx" ON "Agreement"("status", "endsOn");

-- CreateIndex
CREATE INDEX "Agreement_unitId_status_idx" ON "Agreement"("unitId", "status");

-- CreateIndex
CREATE INDEX "Agreement_responsibleId_idx" ON "Agreement"("responsibleId");

-- CreateIndex
CREATE INDEX "Agreement_kind_idx" ON "Agreement"("kind");

-- CreateIndex
CREATE INDEX "AgreementPartner_partnerId_idx" ON "AgreementPartner"("partnerId");

-- CreateIndex
CREATE INDEX "CooperationCondition_agreementId_idx" ON "CooperationCondition"("agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementVersion_agreementId_version_key" ON "AgreementVersion"("agreementId", "version");

-- CreateIndex
CREATE INDEX "AgreementDocument_agreementId_idx" ON "AgreementDocument"("agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementDocumentVersion_documentId_version_key" ON "AgreementDocumentVersion"("documentId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ExpiryReminder_agreementId_endsOn_leadDays_key" ON "ExpiryReminder"("agreementId", "endsOn", "leadDays");

-- CreateIndex
CREATE UNIQUE INDEX "MobilityProgram_code_key" ON "MobilityProgram"("code");

-- CreateIndex
CREATE INDEX "Opportunity_status_closesAt_idx" ON "Opportunity"("status", "closesAt");

-- CreateIndex
CREATE INDEX "Opportunity_programId_idx" ON "Opportunity"("programId");

-- CreateIndex
CREATE INDEX "Opportunity_partnerId_idx" ON "Opportunity"("partnerId");

-- CreateIndex
CREATE INDEX "Opportunity_subjectAreas_idx" ON "Opportunity" USING GIN ("subjectAreas");

-- CreateIndex
CREATE INDEX "Opportunity_title_trgm_idx" ON "Opportunity" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "RequiredDocument_opportunityId_idx" ON "RequiredDocument"("opportunityId");

-- CreateIndex
CREATE INDEX "Application_studentId_idx" ON "Application"("studentId");

-- CreateIndex
CREATE INDEX "Application_opportunityId_status_idx" ON "Application"("opportunityId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Application_opportunityId_studentId_key" ON "Application"("opportunityId", "studentId");

-- CreateIndex
CREATE INDEX "ApplicationDocument_applicationId_idx" ON "ApplicationDocument"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationReview_applicationId_reviewerId_key" ON "ApplicationReview"("applicationId", "reviewerId");

-- CreateIndex
CREATE INDEX "ApplicationStatusChange_applicationId_at_idx" ON "ApplicationStatusChange"("applicationId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "MobilityRecord_applicationId_key" ON "MobilityRecord"("applicationId");

-- CreateIndex
CREATE INDEX "MobilityRecord_agreementId_academicYear_idx" ON "MobilityRecord"("agreementId", "academicYear");

-- CreateIndex
CREATE INDEX "MobilityRecord_partnerId_idx" ON "MobilityRecord"("partnerId");

-- CreateIndex
CREATE INDEX "MobilityRecord_direction_academicYear_idx" ON "MobilityRecord"("direction", "academicYear");

-- CreateIndex
CREATE INDEX "MobilityRecord_unitId_idx" ON "MobilityRecord"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Project_grantNumber_key" ON "Project"("grantNumber");

-- CreateIndex
CREATE INDEX "Project_startDate_endDate_idx" ON "Project"("startDate", "endDate");

-- CreateIndex
CREATE INDEX "ProjectPartner_projectId_idx" ON "ProjectPartner"("projectId");

-- CreateIndex
CREATE INDEX "ProjectPartner_partnerId_idx" ON "ProjectPartner"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkPackage_projectId_code_key" ON "WorkPackage"("projectId", "code");

-- CreateIndex
CREATE INDEX "ProjectActivity_projectId_startDate_idx" ON "ProjectActivity"("projectId", "startDate");

-- CreateIndex
CREATE INDEX "ProjectMember_projectId_idx" ON "ProjectMember"("projectId");

-- CreateIndex
CREATE INDEX "GrantCall_deadline_idx" ON "GrantCall"("deadline");

-- CreateIndex
CREATE INDEX "Visit_startDate_idx" ON "Visit"("startDate");

-- CreateIndex
CREATE INDEX "VisitParticipant_visitId_idx" ON "VisitParticipant"("visitId");

-- CreateIndex
CREATE INDEX "VisitAgendaItem_visitId_startsAt_idx" ON "VisitAgendaItem"("visitId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_isPublished_startsAt_idx" ON "Event"("isPublished", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Center_slug_key" ON "Center"("slug");

-- CreateIndex
CREATE INDEX "Center_name_idx" ON "Center"("name");

-- CreateIndex
CREATE UNIQUE INDEX "StrategyTarget_goalId_year_key" ON "StrategyTarget"("goalId", "year");

-- AddForeignKey
ALTER TABLE "OfficeContact" ADD CONSTRAINT "OfficeContact_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAccount" ADD CONSTRAINT "UserAccount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneTimeToken" ADD CONSTRAINT "OneTimeToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerContact" ADD CONSTRAINT "PartnerContact_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_responsibleId_fkey" FOREIGN KEY ("responsibleId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementPartner" ADD CONSTRAINT "AgreementPartner_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementPartner" ADD CONSTRAINT "AgreementPartner_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationCondition" ADD CONSTRAINT "CooperationCondition_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationCondition" ADD CONSTRAINT "CooperationCondition_iscedCode_fkey" FOREIGN KEY ("iscedCode") REFERENCES "IscedField"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDocumentVersion" ADD CONSTRAINT "AgreementDocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "AgreementDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDocumentVersion" ADD CONSTRAINT "AgreementDocumentVersion_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpiryReminder" ADD CONSTRAINT "ExpiryReminder_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_programId_fkey" FOREIGN KEY ("programId") REFERENCES "MobilityProgram"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequiredDocument" ADD CONSTRAINT "RequiredDocument_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "RequiredDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationReview" ADD CONSTRAINT "ApplicationReview_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationReview" ADD CONSTRAINT "ApplicationReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStatusChange" ADD CONSTRAINT "ApplicationStatusChange_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStatusChange" ADD CONSTRAINT "ApplicationStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MobilityRecord" ADD CONSTRAINT "MobilityRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MobilityRecord" ADD CONSTRAINT "MobilityRecord_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MobilityRecord" ADD CONSTRAINT "MobilityRecord_programId_fkey" FOREIGN KEY ("programId") REFERENCES "MobilityProgram"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MobilityRecord" ADD CONSTRAINT "MobilityRecord_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MobilityRecord" ADD CONSTRAINT "MobilityRecord_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MobilityRecord" ADD CONSTRAINT "MobilityRecord_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MobilityRecord" ADD CONSTRAINT "MobilityRecord_iscedCode_fkey" FOREIGN KEY ("iscedCode") REFERENCES "IscedField"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPartner" ADD CONSTRAINT "ProjectPartner_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPartner" ADD CONSTRAINT "ProjectPartner_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPartner" ADD CONSTRAINT "ProjectPartner_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPackage" ADD CONSTRAINT "WorkPackage_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectActivity" ADD CONSTRAINT "ProjectActivity_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_hostUnitId_fkey" FOREIGN KEY ("hostUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitParticipant" ADD CONSTRAINT "VisitParticipant_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitParticipant" ADD CONSTRAINT "VisitParticipant_nationalityCode_fkey" FOREIGN KEY ("nationalityCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitAgendaItem" ADD CONSTRAINT "VisitAgendaItem_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Center" ADD CONSTRAINT "Center_pictureFileId_fkey" FOREIGN KEY ("pictureFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyTarget" ADD CONSTRAINT "StrategyTarget_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "StrategyGoal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───── Rules Prisma's schema language cannot express (hand-written) ─────

-- The institution is a single row.
ALTER TABLE "Institution" ADD CONSTRAINT "Institution_single_row" CHECK ("id" = 1);

-- A coordinator's rights are bound to a unit.
ALTER TABLE "User" ADD CONSTRAINT "User_coordinator_has_unit" CHECK ("role" <> 'COORDINATOR' OR "unitId" IS NOT NULL);
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email"));

ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_dates_ordered" CHECK ("endsOn" IS NULL OR "startsOn" IS NULL OR "endsOn" >= "startsOn");
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_notice_period_positive" CHECK ("noticePeriodDays" IS NULL OR "noticePeriodDays" > 0);
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_not_own_predecessor" CHECK ("predecessorId" IS NULL OR "predecessorId" <> "id");
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_version_positive" CHECK ("version" >= 1);

ALTER TABLE "CooperationCondition" ADD CONSTRAINT "CooperationCondition_places_positive" CHECK ("placesPerYear" > 0);
ALTER TABLE "CooperationCondition" ADD CONSTRAINT "CooperationCondition_duration_positive" CHECK (("monthsPerPlace" IS NULL OR "monthsPerPlace" > 0) AND ("daysPerPlace" IS NULL OR "daysPerPlace" > 0));
ALTER TABLE "CooperationCondition" ADD CONSTRAINT "CooperationCondition_years_ordered" CHECK ("toAcademicYear" IS NULL OR "fromAcademicYear" IS NULL OR "toAcademicYear" >= "fromAcademicYear");

ALTER TABLE "Partner" ADD CONSTRAINT "Partner_pic_format" CHECK ("pic" IS NULL OR "pic" ~ '^[0-9]{9}$');
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_name_not_blank" CHECK (length(btrim("name")) > 0);

ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_size_non_negative" CHECK ("sizeBytes" >= 0);

ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_places_positive" CHECK ("places" > 0);
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_window_ordered" CHECK ("closesAt" > "opensAt");
ALTER TABLE "Application" ADD CONSTRAINT "Application_gpa_range" CHECK ("gpa" IS NULL OR ("gpa" >= 0 AND "gpa" <= 100));
ALTER TABLE "MobilityRecord" ADD CONSTRAINT "MobilityRecord_dates_ordered" CHECK ("endDate" >= "startDate");
ALTER TABLE "Project" ADD CONSTRAINT "Project_dates_ordered" CHECK ("endDate" >= "startDate");
ALTER TABLE "Project" ADD CONSTRAINT "Project_budget_non_negative" CHECK ("budget" IS NULL OR "budget" >= 0);
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_dates_ordered" CHECK ("endDate" >= "startDate");
ALTER TABLE "Event" ADD CONSTRAINT "Event_dates_ordered" CHECK ("endsAt" IS NULL OR "endsAt" >= "startsAt");
ALTER TABLE "StrategyTarget" ADD CONSTRAINT "StrategyTarget_non_negative" CHECK ("target" >= 0);

-- The audit log is write-once: no UPDATE or DELETE through any connection.
CREATE FUNCTION audit_log_is_write_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log cannot be changed (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER "AuditLog_write_once" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_write_once();
