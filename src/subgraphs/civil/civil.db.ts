import { PrismaClient } from '../../generated/prisma/civil/client';
import { createPrismaClient } from '../../shared/prisma-client';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DbHooks } from '../../shared/subgraph-module';

export type CivilDb = PrismaClient;
export const createCivilDb = (adapter: SqlDriverAdapterFactory, hooks?: DbHooks): CivilDb =>
  createPrismaClient(PrismaClient, adapter, hooks);
