import { healthInsurance } from './insurance.kind';
import { saveMutation } from '../../records/save-record';

/** A health station enters or corrects one child's health-insurance card. */
export const SaveInsuranceCardMutation = saveMutation({
  kind: healthInsurance,
  name: 'saveInsuranceCard',
  inputName: 'InsuranceCardInput',
  savedName: 'SavedInsuranceCard',
  description: "Enters or corrects a health-insurance card (and the child's health record), identified by card number.",
});
