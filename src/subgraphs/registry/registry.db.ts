import { PrismaClient } from '../../generated/prisma/registry/client';
import { createPrismaClient } from '../../db/prisma-client';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DbHooks } from '../../server/subgraph-module';

export type RegistryDb = PrismaClient;
export const createRegistryDb = (adapter: SqlDriverAdapterFactory, hooks?: DbHooks): RegistryDb =>
  createPrismaClient(PrismaClient, adapter, hooks);
