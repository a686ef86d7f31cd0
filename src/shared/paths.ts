import path from 'node:path';
import { resolvePrismaDir } from '../db/migrate';

/** The project root (where package.json and prisma/ live), from src/ or dist/src/. */
export const projectRoot = (): string => path.dirname(resolvePrismaDir());

/** Embedded databases and the development signing secret live here (gitignored). */
export const dataDir = (): string => process.env.CHILDGRAPH_DATA_DIR ?? path.join(projectRoot(), '.data');
