import { identityHouseholds } from './households.kind';
import { saveMutation } from '../../records/save-record';

/** A commune police officer enters or corrects one member of a household register entry. */
export const SaveHouseholdMutation = saveMutation({
  kind: identityHouseholds,
  name: 'saveHousehold',
  inputName: 'HouseholdInput',
  savedName: 'SavedHouseholdMember',
  description: "Enters or corrects a household and one of its members, identified by household number and the member's personal ID (or name and birth year).",
});
