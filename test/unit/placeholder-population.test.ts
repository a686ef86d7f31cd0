import { parsePersonalId } from '../../src/shared/personal-id';
import { placeholderPopulation } from '../../src/synthetic/placeholder-population';

describe('placeholderPopulation', () => {
  const pop = placeholderPopulation(50, 1);

  it('is deterministic for a seed', () => {
    expect(JSON.stringify(placeholderPopulation(50, 1))).toBe(JSON.stringify(pop));
    expect(JSON.stringify(placeholderPopulation(50, 2))).not.toBe(JSON.stringify(pop));
  });

  it('creates the requested number of children with unique ids', () => {
    expect(pop.registry.masterChild).toHaveLength(50);
    expect(new Set(pop.registry.masterChild.map((c) => c.id)).size).toBe(50);
  });

  it('links records only to existing children', () => {
    const childIds = new Set(pop.registry.masterChild.map((c) => c.id));
    expect(pop.registry.recordLink.length).toBeGreaterThanOrEqual(50);
    for (const link of pop.registry.recordLink) expect(childIds).toContain(link.childId);
  });

  it('gives personal ids that parse and agree with sex and birth year', () => {
    const withId = pop.registry.masterChild.filter((c) => c.personalId);
    expect(withId.length).toBeGreaterThan(40);
    for (const child of withId) {
      const parts = parsePersonalId(child.personalId!);
      expect(parts).not.toBeNull();
      expect(parts).toMatchObject({ sex: child.sex, birthYear: child.birthYear });
      expect(parts!.provinceCode).toBe(`0${child.provinceCode}`);
    }
  });
});
