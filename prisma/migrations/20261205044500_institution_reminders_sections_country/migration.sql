-- Settings an office chooses (issue 14): reminder lead times, the public sections shown, the institution's country.
-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "agreementReminderDays" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "countryCode" CHAR(2),
ADD COLUMN     "publicSections" TEXT[] DEFAULT ARRAY[]::TEXT[];

