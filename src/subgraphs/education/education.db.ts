import { PrismaClient } from '../../generated/prisma/education/client';
import { createPrismaClient } from '../../db/prisma-client';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DbHooks } from '../../server/subgraph-module';

export type EducationDb = PrismaClient;
export const createEducationDb = (adapter: SqlDriverAdapterFactory, hooks?: DbHooks): EducationDb =>
  createPrismaClient(PrismaClient, adapter, hooks);
