-- CreateIndex
CREATE INDEX "MobilityRecord_personName_trgm_idx" ON "MobilityRecord" USING GIN ("personName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "MobilityRecord_personEmail_trgm_idx" ON "MobilityRecord" USING GIN ("personEmail" gin_trgm_ops);
