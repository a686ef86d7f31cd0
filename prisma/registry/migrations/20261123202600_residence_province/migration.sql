-- The residence copy gains the province (MIGRANT_FAMILY in the dropout-risk model). Facts copied
-- before have none and the feed's cursor is past them, so the copy and its cursor are emptied: the
-- next refresh reads every residence again and, as for a feed never read, recomputes every child.
-- (Hand-written: the DELETEs, before the column Prisma's diff adds.)
DELETE FROM "registry"."ResidenceFact";
DELETE FROM "registry"."FeedCursor" WHERE "feed" = 'identity.residences';

-- AlterTable
ALTER TABLE "registry"."ResidenceFact" ADD COLUMN     "provinceCode" VARCHAR(2) NOT NULL;
