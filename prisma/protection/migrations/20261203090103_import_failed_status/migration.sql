-- AlterEnum
ALTER TYPE "protection"."ImportStatus" ADD VALUE 'FAILED';
