import { civilBirths } from './births.kind';
import { saveMutation } from '../../records/save-record';

/** A civil-status officer enters or corrects one entry of the commune birth register. */
export const SaveBirthRegistrationMutation = saveMutation({
  kind: civilBirths,
  name: 'saveBirthRegistration',
  inputName: 'BirthRegistrationInput',
  savedName: 'SavedBirthRegistration',
  description: "Enters or corrects a birth registration, identified by registering commune, register book and number.",
});
