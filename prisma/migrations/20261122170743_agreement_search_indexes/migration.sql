-- Typo-tolerant search in the staff agreements list.
-- CreateIndex
CREATE INDEX "Agreement_title_trgm_idx" ON "Agreement" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Agreement_referenceNumber_trgm_idx" ON "Agreement" USING GIN ("referenceNumber" gin_trgm_ops);
