import { PrismaClient } from '../../generated/prisma/protection/client';
import { createPrismaClient } from '../../db/prisma-client';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DbHooks } from '../../server/subgraph-module';

export type ProtectionDb = PrismaClient;
export const createProtectionDb = (adapter: SqlDriverAdapterFactory, hooks?: DbHooks): ProtectionDb =>
  createPrismaClient(PrismaClient, adapter, hooks);
