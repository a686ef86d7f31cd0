import { healthDisabilities } from './disabilities.kind';
import { saveMutation } from '../../records/save-record';

/** A health station enters or corrects a child's disability and its certificate. */
export const SaveDisabilityMutation = saveMutation({
  kind: healthDisabilities,
  name: 'saveDisability',
  inputName: 'DisabilityInput',
  savedName: 'SavedDisability',
  description: "Enters or corrects a child's disability (one per child), identified by the station's health record number.",
});
