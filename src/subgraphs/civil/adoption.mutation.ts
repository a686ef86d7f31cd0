import { civilAdoptions } from './adoptions.kind';
import { saveMutation } from '../../records/save-record';

/** A civil-status officer enters or advances one adoption case of a registered child. */
export const SaveAdoptionMutation = saveMutation({
  kind: civilAdoptions,
  name: 'saveAdoption',
  inputName: 'AdoptionInput',
  savedName: 'SavedAdoption',
  description: "Enters or advances an adoption case, identified by the child's birth registration and the application date.",
});
