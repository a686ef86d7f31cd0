import { identityPersons } from './persons.kind';
import { saveMutation } from '../../records/save-record';

/** A police officer registers or corrects one residence of a child (the row of `import identity persons`). */
export const SaveResidenceMutation = saveMutation({
  kind: identityPersons,
  name: 'saveResidence',
  inputName: 'ResidenceInput',
  savedName: 'SavedResidence',
  description: "Registers or corrects a child's residence registration, identified by personal ID, residence kind and registration date.",
});
