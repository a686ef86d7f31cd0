import { DateResolver } from 'graphql-scalars';
import { DateScalar } from '../../src/server/date-scalar';

/** What a scalar prints for a value, or the message it refuses it with. */
const printed = (serialize: (value: unknown) => unknown, value: unknown) => {
  try {
    return { value: serialize(value) };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe('DateScalar', () => {
  it('prints every value exactly as graphql-scalars Date does', () => {
    const values: unknown[] = [
      new Date(Date.UTC(2016, 0, 1)),
      new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 999)),
      new Date(Date.UTC(2011, 11, 31, 17)),
      new Date('0999-12-31T00:00:00Z'),
      new Date('1000-01-01T00:00:00Z'),
      new Date('9999-12-31T23:59:59Z'),
      new Date(Date.UTC(10000, 0, 1)),
      new Date('not a date'),
      '2019-05-07',
      '2019-02-30',
      20190507,
      null,
    ];
    for (let day = 0; day < 40000; day += 37) values.push(new Date(Date.UTC(1960, 0, 1) + day * 86_400_000 + (day % 24) * 3_600_000));
    for (const value of values) expect(printed((v) => DateScalar.serialize(v), value)).toEqual(printed((v) => DateResolver.serialize(v), value));
  });

  it('keeps the library scalar\'s name and description, so the SDL does not change', () => {
    expect(DateScalar.name).toBe(DateResolver.name);
    expect(DateScalar.description).toBe(DateResolver.description);
    expect(DateScalar.parseValue('2020-02-29')).toEqual(DateResolver.parseValue('2020-02-29'));
  });
});
