-- CreateIndex
CREATE INDEX "Tool_category_risk_changedAt_idx" ON "Tool"("category", "risk" DESC, "changedAt" DESC);