import { foldVietnamese } from '../../src/domain/vietnamese';

describe('foldVietnamese', () => {
  it('folds case, diacritics, đ and runs of spaces', () => {
    expect(foldVietnamese('Nguyễn  Thị Đào')).toBe('nguyen thi dao');
    expect(foldVietnamese('Đặng Văn Đức')).toBe('dang van duc');
    expect(foldVietnamese('đường')).toBe('duong');
  });

  it('folds every tone and vowel modifier', () => {
    expect(foldVietnamese('àáảãạ ăắằẳẵặ âấầẩẫậ')).toBe('aaaaa aaaaaa aaaaaa');
    expect(foldVietnamese('ƯỚC ƠN Ỳ')).toBe('uoc on y');
  });

  it('gives the same result for NFC and NFD input', () => {
    const nfc = 'Nguyễn Thị Hương'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
    expect(foldVietnamese(nfd)).toBe('nguyen thi huong');
  });

  it('turns punctuation into single spaces and trims', () => {
    expect(foldVietnamese("  H'Mông, Lê-Thị...Mai!  ")).toBe('h mong le thi mai');
    expect(foldVietnamese('Số 12,\tthôn 3')).toBe('so 12 thon 3');
    expect(foldVietnamese('...')).toBe('');
  });
});
