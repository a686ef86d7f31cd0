import { generateSchemaArtefacts, writeSchemaArtefacts } from '../gateway/artefacts';

export async function compose(): Promise<void> {
  for (const file of writeSchemaArtefacts(await generateSchemaArtefacts())) process.stdout.write(`wrote ${file}\n`);
}
