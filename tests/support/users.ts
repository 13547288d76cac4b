/** A user of the access tests: a reader with no clearance and no scope unless told otherwise. */
import type { UserInput } from '../../src/graph/users.ts';

export const readerInput = (name: string, more: Partial<UserInput> = {}): UserInput => ({
  name,
  role: 'reader',
  clearance: 0,
  jurisdictions: null,
  agencies: null,
  ...more,
});
