import { PrismaClient } from '../../generated/prisma/education/client';
import { createPrismaClient } from '../../shared/prisma-client';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DbHooks } from '../../shared/subgraph-module';

export type EducationDb = PrismaClient;
export const createEducationDb = (adapter: SqlDriverAdapterFactory, hooks?: DbHooks): EducationDb =>
  createPrismaClient(PrismaClient, adapter, hooks);
