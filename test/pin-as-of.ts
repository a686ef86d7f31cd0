import { REFERENCE_DATE } from '../src/synthetic/child-context';

// Every test runs the hub as it stood on the synthetic population's reference date (its school
// year, its deadlines), so results do not change when the calendar moves on. A test may set its own.
process.env.CHILDGRAPH_AS_OF ??= REFERENCE_DATE.toISOString().slice(0, 10);
