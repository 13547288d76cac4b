/** A plan's registryKey names the planner's version with the bodies: a release whose planner
 *  plans the same text to other facts raises PLANNER_VERSION, and every stored document is then
 *  planned again at its next ingest (tests/integration/registry-replan.test.ts). */
import { describe, expect, it } from 'vitest';
import { createEnvironment, PLANNER_VERSION, registryKey } from '../../../src/graph/prepare.ts';
import { defaultRegistry, registryOrganizations } from '../../../src/orgs/index.ts';

describe('registryKey', () => {
  const organizations = registryOrganizations(defaultRegistry());

  it("is the environment's, made with the current planner version", () => {
    expect(createEnvironment(defaultRegistry()).registryKey).toBe(
      registryKey(organizations, PLANNER_VERSION),
    );
  });

  it('differs between two planner versions with the same bodies', () => {
    expect(registryKey(organizations, PLANNER_VERSION - 1)).not.toBe(
      registryKey(organizations, PLANNER_VERSION),
    );
    expect(registryKey(organizations)).toMatch(/^[0-9a-f]{16}$/);
  });
});
