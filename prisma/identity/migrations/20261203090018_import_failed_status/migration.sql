-- AlterEnum
ALTER TYPE "identity"."ImportStatus" ADD VALUE 'FAILED';
