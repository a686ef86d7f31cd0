import { PrismaClient } from '../../generated/prisma/civil/client';
import { createPrismaClient } from '../../db/prisma-client';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DbHooks } from '../../server/subgraph-module';

export type CivilDb = PrismaClient;
export const createCivilDb = (adapter: SqlDriverAdapterFactory, hooks?: DbHooks): CivilDb =>
  createPrismaClient(PrismaClient, adapter, hooks);
