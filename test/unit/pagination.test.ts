import 'reflect-metadata'; // type-graphql decorators in pagination.ts need it, as in the src entry points
import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageSize } from '../../src/server/pagination';

function thrown(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected a GraphQLError, nothing was thrown');
}

describe('pageSize', () => {
  it('defaults to 50 for null and undefined', () => {
    expect(pageSize(null)).toBe(50);
    expect(pageSize(undefined)).toBe(50);
  });

  it('accepts the bounds 1 and 500', () => {
    expect(pageSize(1)).toBe(1);
    expect(pageSize(500)).toBe(500);
  });

  it.each([0, -1, 501, 100000, 1.5, Number.NaN])('rejects %p with BAD_USER_INPUT naming the limit', (first) => {
    const error = thrown(() => pageSize(first));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.argumentName).toBe('first');
    expect(error.message).toContain('500');
  });
});

describe('cursors', () => {
  it('round-trip keyset values', () => {
    const keys = ['Nguyễn Văn An', 42, 'c_0000'];
    const cursor = encodeCursor(keys);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 3)).toEqual(keys);
  });

  it('treat a missing cursor as the first page', () => {
    expect(decodeCursor(null, 2)).toBeNull();
    expect(decodeCursor(undefined, 2)).toBeNull();
  });

  it.each([
    ['garbage', 'garbage'],
    ['empty', ''],
    ['not base64', '!!!***'],
    ['wrong arity', encodeCursor(['a', 1])],
    ['not an array', Buffer.from('{"a":1}').toString('base64url')],
    ['non-scalar key', Buffer.from('["a",{"b":1},3]').toString('base64url')],
    ['null key', Buffer.from('["a",null,3]').toString('base64url')],
  ])('reject a %s cursor with BAD_USER_INPUT', (_label, cursor) => {
    const error = thrown(() => decodeCursor(cursor, 3));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.argumentName).toBe('after');
  });
});
