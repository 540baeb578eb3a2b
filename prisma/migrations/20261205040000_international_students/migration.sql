-- The institution's own degree-seeking international students (issue 13).
-- CreateEnum
CREATE TYPE "InternationalStudentStatus" AS ENUM ('ENROLLED', 'GRADUATED', 'WITHDRAWN', 'SUSPENDED');

-- CreateTable
CREATE TABLE "InternationalStudent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "studentNumber" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "programName" TEXT NOT NULL,
    "level" "StudyLevel" NOT NULL,
    "unitId" UUID,
    "intakeYear" INTEGER NOT NULL,
    "status" "InternationalStudentStatus" NOT NULL DEFAULT 'ENROLLED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InternationalStudent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InternationalStudent_studentNumber_key" ON "InternationalStudent"("studentNumber");

-- CreateIndex
CREATE INDEX "InternationalStudent_status_countryCode_idx" ON "InternationalStudent"("status", "countryCode");

-- CreateIndex
CREATE INDEX "InternationalStudent_unitId_status_idx" ON "InternationalStudent"("unitId", "status");

-- CreateIndex
CREATE INDEX "InternationalStudent_intakeYear_idx" ON "InternationalStudent"("intakeYear");

-- AddForeignKey
ALTER TABLE "InternationalStudent" ADD CONSTRAINT "InternationalStudent_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternationalStudent" ADD CONSTRAINT "InternationalStudent_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

