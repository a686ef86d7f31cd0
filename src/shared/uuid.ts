const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `text` is a UUID as PostgreSQL writes one (lower case): ids from clients are checked before `::uuid` casts. */
export const isUuid = (text: string): boolean => UUID.test(text);
