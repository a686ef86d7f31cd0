import { PrismaClient } from '../../generated/prisma/health/client';
import { createPrismaClient } from '../../db/prisma-client';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DbHooks } from '../../server/subgraph-module';

export type HealthDb = PrismaClient;
export const createHealthDb = (adapter: SqlDriverAdapterFactory, hooks?: DbHooks): HealthDb =>
  createPrismaClient(PrismaClient, adapter, hooks);
