/** The area fields of the filter inputs, described in one wording wherever a filter takes them. */
export const PROVINCE_CODE_FILTER = { nullable: true, description: 'Two-digit province code (Decision 19/2025), e.g. "01".' } as const;
export const COMMUNE_CODE_FILTER = { nullable: true, description: 'Five-digit commune code (Decision 19/2025), e.g. "00004".' } as const;
