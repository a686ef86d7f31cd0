-- AlterEnum
ALTER TYPE "education"."ImportStatus" ADD VALUE 'FAILED';
