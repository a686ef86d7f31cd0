/**
 * Folds Vietnamese text for search and matching: case, diacritics (NFD marks removed, đ/Đ -> d),
 * punctuation and runs of spaces. "Nguyễn  Thị Đào" and "nguyen thi dao" fold to the same string.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
