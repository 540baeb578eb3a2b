-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "agreementReferencePattern" TEXT NOT NULL DEFAULT '{year}-{seq}',
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'Asia/Baku';
