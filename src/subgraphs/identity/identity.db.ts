import { PrismaClient } from '../../generated/prisma/identity/client';
import { createPrismaClient } from '../../shared/prisma-client';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DbHooks } from '../../shared/subgraph-module';

export type IdentityDb = PrismaClient;
export const createIdentityDb = (adapter: SqlDriverAdapterFactory, hooks?: DbHooks): IdentityDb =>
  createPrismaClient(PrismaClient, adapter, hooks);
