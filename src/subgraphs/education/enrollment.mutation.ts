import { educationEnrollments } from './enrollments.kind';
import { saveMutation } from '../../records/save-record';

/** A school enters or corrects one pupil's enrollment for a school year. */
export const SaveEnrollmentMutation = saveMutation({
  kind: educationEnrollments,
  name: 'saveEnrollment',
  inputName: 'EnrollmentInput',
  savedName: 'SavedEnrollment',
  description: "Enters or corrects a pupil's enrollment, identified by student code, school and school year.",
});
