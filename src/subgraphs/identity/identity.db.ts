import { PrismaClient } from '../../generated/prisma/identity/client';
import { createPrismaClient } from '../../db/prisma-client';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DbHooks } from '../../server/subgraph-module';

export type IdentityDb = PrismaClient;
export const createIdentityDb = (adapter: SqlDriverAdapterFactory, hooks?: DbHooks): IdentityDb =>
  createPrismaClient(PrismaClient, adapter, hooks);
