-- AlterTable
ALTER TABLE "protection"."ReceptionStep" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
