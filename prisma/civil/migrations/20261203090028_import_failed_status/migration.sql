-- AlterEnum
ALTER TYPE "civil"."ImportStatus" ADD VALUE 'FAILED';
