import { healthScreenings } from './screenings.kind';
import { saveMutation } from '../../records/save-record';

/** A health station enters or corrects one screening of a child. */
export const SaveScreeningMutation = saveMutation({
  kind: healthScreenings,
  name: 'saveScreening',
  inputName: 'ScreeningInput',
  savedName: 'SavedScreening',
  description: "Enters or corrects a screening, identified by the health record number, the screening date and its kind.",
});
