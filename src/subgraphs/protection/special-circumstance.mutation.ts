import { protectionCircumstances } from './profiles.kind';
import { saveMutation } from '../../records/save-record';

/** A commune officer records or updates one special circumstance of a child. */
export const SaveSpecialCircumstanceMutation = saveMutation({
  kind: protectionCircumstances,
  name: 'saveSpecialCircumstance',
  inputName: 'SpecialCircumstanceInput',
  savedName: 'SavedSpecialCircumstance',
  description: "Records or updates a child's special circumstance (and profile), identified by profile number, group and the date it was identified.",
});
