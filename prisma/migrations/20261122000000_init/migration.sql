-- Full-text search (hand-edited: Prisma knows searchVector only as an Unsupported column).
-- Names are split on camelCase, snake_case, kebab-case and dots so "createIssue" matches
-- "create issue". No semicolons inside bodies: the pg adapter splits scripts at every semicolon.
CREATE FUNCTION toolrisk_name_words(name TEXT) RETURNS TEXT
LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$
  SELECT name || ' ' || regexp_replace(regexp_replace(name, '([a-z0-9])([A-Z])', '\1 \2', 'g'), '[_.:/-]+', ' ', 'g')
$$;

-- CreateEnum
CREATE TYPE "Category" AS ENUM ('Financial', 'Destructive', 'Execute', 'Write', 'Read');

-- CreateEnum
CREATE TYPE "Risk" AS ENUM ('Low', 'Medium', 'High', 'Critical');

-- CreateEnum
CREATE TYPE "CrawlStatus" AS ENUM ('never', 'ok', 'failed', 'skipped');

-- CreateEnum
CREATE TYPE "CrawlRunStatus" AS ENUM ('running', 'finished', 'aborted');

-- CreateEnum
CREATE TYPE "CrawlJobStatus" AS ENUM ('pending', 'running', 'ok', 'failed', 'skipped');

-- CreateTable
CREATE TABLE "Server" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "description" TEXT,
    "version" TEXT,
    "packageRegistry" TEXT,
    "packageName" TEXT,
    "packageVersion" TEXT,
    "remoteUrl" TEXT,
    "repositoryUrl" TEXT,
    "registryName" TEXT,
    "transport" TEXT,
    "entry" JSONB,
    "serverInfo" JSONB,
    "instructions" TEXT,
    "capabilities" JSONB,
    "prompts" JSONB,
    "resources" JSONB,
    "lastCrawledAt" TIMESTAMP(3),
    "lastCrawlStatus" "CrawlStatus" NOT NULL DEFAULT 'never',
    "lastCrawlError" TEXT,
    "toolCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', toolrisk_name_words("slug") || ' ' || toolrisk_name_words("name")), 'A') ||
        setweight(to_tsvector('simple', coalesce("title", '') || ' ' || coalesce("packageName", '')), 'B') ||
        setweight(to_tsvector('english', left(coalesce("description", ''), 4000)), 'C')
    ) STORED,

    CONSTRAINT "Server_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tool" (
    "id" SERIAL NOT NULL,
    "serverId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "description" TEXT,
    "inputSchema" JSONB NOT NULL,
    "outputSchema" JSONB,
    "annotations" JSONB,
    "definitionHash" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),
    "category" "Category",
    "risk" "Risk",
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', toolrisk_name_words("name")), 'A') ||
        setweight(to_tsvector('simple', coalesce("title", '')), 'B') ||
        setweight(to_tsvector('english', left(coalesce("description", ''), 4000)), 'C')
    ) STORED,

    CONSTRAINT "Tool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ToolRevision" (
    "id" SERIAL NOT NULL,
    "toolId" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ToolRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Classification" (
    "id" SERIAL NOT NULL,
    "toolId" INTEGER NOT NULL,
    "category" "Category" NOT NULL,
    "risk" "Risk" NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "rationale" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "annotationFindings" JSONB,
    "classifierName" TEXT NOT NULL,
    "classifierVersion" TEXT NOT NULL,
    "definitionHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Classification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LlmAnswer" (
    "key" TEXT NOT NULL,
    "answer" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LlmAnswer_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "CrawlRun" (
    "id" SERIAL NOT NULL,
    "status" "CrawlRunStatus" NOT NULL DEFAULT 'running',
    "source" TEXT NOT NULL,
    "options" JSONB,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "serversTotal" INTEGER NOT NULL DEFAULT 0,
    "serversOk" INTEGER NOT NULL DEFAULT 0,
    "serversFailed" INTEGER NOT NULL DEFAULT 0,
    "serversSkipped" INTEGER NOT NULL DEFAULT 0,
    "toolsFound" INTEGER NOT NULL DEFAULT 0,
    "toolsAdded" INTEGER NOT NULL DEFAULT 0,
    "toolsChanged" INTEGER NOT NULL DEFAULT 0,
    "toolsRemoved" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CrawlRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrawlJob" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "serverId" INTEGER NOT NULL,
    "status" "CrawlJobStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockedBy" TEXT,
    "lockedUntil" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    "toolsFound" INTEGER,
    "error" TEXT,
    "errorCode" TEXT,

    CONSTRAINT "CrawlJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactMessage" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "addressHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Server_slug_key" ON "Server"("slug");

-- CreateIndex
CREATE INDEX "Server_searchVector_idx" ON "Server" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Server_lastCrawledAt_idx" ON "Server"("lastCrawledAt");

-- CreateIndex
CREATE INDEX "Tool_category_risk_serverId_name_idx" ON "Tool"("category", "risk", "serverId", "name");

-- CreateIndex
CREATE INDEX "Tool_risk_idx" ON "Tool"("risk");

-- CreateIndex
CREATE INDEX "Tool_changedAt_idx" ON "Tool"("changedAt" DESC);

-- CreateIndex
CREATE INDEX "Tool_searchVector_idx" ON "Tool" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "Tool_serverId_name_key" ON "Tool"("serverId", "name");

-- CreateIndex
CREATE INDEX "ToolRevision_toolId_firstSeenAt_idx" ON "ToolRevision"("toolId", "firstSeenAt");

-- CreateIndex
CREATE UNIQUE INDEX "ToolRevision_toolId_hash_key" ON "ToolRevision"("toolId", "hash");

-- CreateIndex
CREATE INDEX "Classification_toolId_createdAt_idx" ON "Classification"("toolId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Classification_definitionHash_idx" ON "Classification"("definitionHash");

-- CreateIndex
CREATE INDEX "CrawlJob_runId_status_idx" ON "CrawlJob"("runId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CrawlJob_runId_serverId_key" ON "CrawlJob"("runId", "serverId");

-- CreateIndex
CREATE INDEX "ContactMessage_addressHash_createdAt_idx" ON "ContactMessage"("addressHash", "createdAt");

-- AddForeignKey
ALTER TABLE "Tool" ADD CONSTRAINT "Tool_serverId_fkey" FOREIGN KEY ("serverId") REFERENCES "Server"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToolRevision" ADD CONSTRAINT "ToolRevision_toolId_fkey" FOREIGN KEY ("toolId") REFERENCES "Tool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Classification" ADD CONSTRAINT "Classification_toolId_fkey" FOREIGN KEY ("toolId") REFERENCES "Tool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrawlJob" ADD CONSTRAINT "CrawlJob_runId_fkey" FOREIGN KEY ("runId") REFERENCES "CrawlRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrawlJob" ADD CONSTRAINT "CrawlJob_serverId_fkey" FOREIGN KEY ("serverId") REFERENCES "Server"("id") ON DELETE CASCADE ON UPDATE CASCADE;

