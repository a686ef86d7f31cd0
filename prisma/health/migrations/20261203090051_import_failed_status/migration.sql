-- AlterEnum
ALTER TYPE "health"."ImportStatus" ADD VALUE 'FAILED';
