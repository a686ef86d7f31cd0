/** Master child ids are prefixed UUIDs, so a stray agency record id is never mistaken for one. */
const MASTER_ID = /^c_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isMasterChildId = (value: string): boolean => MASTER_ID.test(value);
