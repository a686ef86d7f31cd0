import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { ImportFileError } from './import-file-error';

/** How a text file's bytes become text: read as UTF-8, or converted from Windows-1258. */
export type TextEncoding = 'UTF-8' | 'Windows-1258';

/**
 * Vietnamese offices still produce Windows-1258 (converted here) and two font encodings of the
 * 1990s, TCVN3 (ABC) and VNI, which no decoder reads reliably: those are refused, by name.
 */
export type LegacyEncoding = Exclude<TextEncoding, 'UTF-8'> | 'TCVN3 (ABC)' | 'VNI';

export interface TextFileCheck {
  encoding: TextEncoding;
  /** Nothing but whitespace (or nothing at all). */
  blank: boolean;
}

/** How much of the start of a file is examined for binary content. */
const BINARY_PROBE_BYTES = 64 * 1024;

/** Windows-1258 writes tones as combining marks after the vowel: ` ̀ ́ ̃ ̉ ̣`. */
const TONE_MARKS = new Set([0xcc, 0xec, 0xde, 0xd2, 0xf2]);
/** Its vowels with a built-in mark (À Á Â Ă È É Ê Í Ó Ô Ơ Ù Ú Ư and lower case). */
const MARKED_VOWELS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc8, 0xc9, 0xca, 0xcd, 0xd3, 0xd4, 0xd5, 0xd9, 0xda, 0xdd, 0xe0, 0xe1, 0xe2, 0xe3, 0xe8, 0xe9, 0xea, 0xed, 0xf3, 0xf4, 0xf5, 0xf9, 0xfa, 0xfd]);
/** Đ and đ. */
const D_WITH_STROKE = new Set([0xd0, 0xf0]);
/** Letters of the code page that Vietnamese never uses (Ä Å Æ Ç Ë Î Ï Ñ Ö Ø Û Ü ß …): VNI writes its marks with them. */
const FOREIGN_LETTERS = new Set([0xc4, 0xc5, 0xc6, 0xc7, 0xcb, 0xce, 0xcf, 0xd1, 0xd6, 0xd8, 0xdb, 0xdc, 0xdf, 0xe4, 0xe5, 0xe6, 0xe7, 0xeb, 0xee, 0xef, 0xf1, 0xf6, 0xf8, 0xfb, 0xfc, 0xff]);

const isAsciiLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const isAsciiVowel = (b: number) => 'aeiouyAEIOUY'.includes(String.fromCharCode(b));
const isLetterByte = (b: number) => isAsciiLetter(b) || (b >= 0xc0 && b !== 0xd7 && b !== 0xf7);

/**
 * Evidence, over the bytes a Windows-1258 reading would make letters of, for which 8-bit encoding
 * wrote them. Windows-1258 Vietnamese has tone marks only after vowels, nothing but a tone mark
 * after a plain a or e (the tone of ai, ao, au, ay, eo sits on the a or e), no symbols inside words
 * and none of the letters above; TCVN3 writes letters as the code page's symbols (Hà Nội is "Hµ Néi")
 * and VNI a mark after the base letter (Nguyễn is "Nguyeãn"), so a file in either shows many of them.
 */
class LegacyEvidence {
  vietnamese = 0;
  /** Symbols of the 0xA1-0xBF row next to a letter: TCVN3 letters. */
  symbols = 0;
  /** Marks after a plain a or e, and foreign letters: VNI. */
  marksAfterBase = 0;
  /** A tone mark after something that is not a vowel. */
  strayTones = 0;

  see(previous: number, byte: number, next: number): void {
    if (byte < 0x80) return;
    if (TONE_MARKS.has(byte)) {
      if (isAsciiVowel(previous) || MARKED_VOWELS.has(previous)) this.vietnamese++;
      else this.strayTones++;
    } else if ('aeAE'.includes(String.fromCharCode(previous)) && byte >= 0xa1) this.marksAfterBase++;
    else if (FOREIGN_LETTERS.has(byte)) this.marksAfterBase++;
    else if (byte >= 0xa1 && byte <= 0xbf) {
      if (isLetterByte(previous) || isLetterByte(next)) this.symbols++;
    } else if (MARKED_VOWELS.has(byte) || D_WITH_STROKE.has(byte)) this.vietnamese++;
  }

  /** Windows-1258 only when anything else is all but absent: a misreading would store mojibake. */
  verdict(): LegacyEncoding | null {
    const anomalies = this.symbols + this.marksAfterBase + this.strayTones;
    if (this.vietnamese > 0 && anomalies * 20 <= this.vietnamese) return 'Windows-1258';
    if (anomalies === 0) return null;
    return this.symbols >= this.marksAfterBase ? 'TCVN3 (ABC)' : 'VNI';
  }
}

const SAVE_AS_UTF8 = 'open it in Excel and save it as "CSV UTF-8 (Comma delimited)", then import that file';

/** What the first bytes say a file is, when it is not text at all. */
function notTextReason(head: Buffer): string | null {
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return 'is an Excel workbook or another zip archive, not a text file: import it with --format xlsx (or name it .xlsx)';
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return `is an Excel 97-2003 workbook (.xls), which cannot be read: ${SAVE_AS_UTF8}`;
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'is a PDF document, not a table';
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return `is UTF-16 text (Excel's "Unicode Text"): ${SAVE_AS_UTF8}`;
  return null;
}

/**
 * Reads a text file once to tell how to decode it: UTF-8 (with or without a byte-order mark) as it
 * is, Windows-1258 converted. Refuses binary files, and TCVN3, VNI or unknown 8-bit text with a
 * message naming the encoding and how to convert it.
 */
export async function checkTextFile(file: string): Promise<TextFileCheck> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let isUtf8 = true;
  let blank = true;
  let head: Buffer | null = null;
  let probed = 0;
  let position = 0;
  let controls = 0;
  const evidence = new LegacyEvidence();
  // The byte before the one being judged, and that one (judged once the next arrives).
  let previous = 0x20;
  let current = -1;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    if (!head) {
      head = chunk.subarray(0, 8);
      const reason = notTextReason(head);
      if (reason) throw new ImportFileError(`the file ${reason}; nothing was imported`);
    }
    if (isUtf8) {
      try {
        utf8.decode(chunk, { stream: true });
      } catch {
        isUtf8 = false;
      }
    }
    for (const byte of chunk) {
      if (probed < BINARY_PROBE_BYTES) {
        probed++;
        if (byte === 0) throw new ImportFileError('the file is not a text file (it holds binary data); nothing was imported');
        if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1a) controls++;
      }
      const inBom = position < 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
      position++;
      if (blank && !inBom && byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) blank = false;
      if (current >= 0) evidence.see(previous, current, byte);
      previous = current >= 0 ? current : previous;
      current = byte;
    }
  }
  if (current >= 0) evidence.see(previous, current, 0x20);
  if (controls > probed / 100) throw new ImportFileError('the file is not a text file (it holds binary data); nothing was imported');
  if (isUtf8) {
    try {
      utf8.decode();
      return { encoding: 'UTF-8', blank };
    } catch {
      // A character cut off at the end of the file: not UTF-8 either.
    }
  }
  const legacy = evidence.verdict();
  if (legacy === 'Windows-1258') return { encoding: legacy, blank };
  if (legacy) {
    throw new ImportFileError(
      `the file is not UTF-8: it is written in ${legacy}, an old Vietnamese font encoding that childgraph does not convert. ` +
        `Convert it to Unicode first (Unikey's converter, "Công cụ chuyển mã": source ${legacy === 'VNI' ? 'VNI Windows' : 'TCVN3 (ABC)'}, destination Unicode), or ${SAVE_AS_UTF8}; nothing was imported`,
    );
  }
  throw new ImportFileError(`the file is not UTF-8 and not Vietnamese Windows-1258 text; ${SAVE_AS_UTF8}; nothing was imported`);
}

/** The file's text as a stream of strings, whatever its encoding. */
export function textStream(file: string, encoding: TextEncoding): NodeJS.ReadableStream {
  const bytes = createReadStream(file);
  if (encoding === 'UTF-8') return bytes;
  const decoder = new TextDecoder('windows-1258');
  return bytes.pipe(
    new Transform({
      decodeStrings: true,
      transform(chunk: Buffer, _encoding, done) {
        done(null, decoder.decode(chunk, { stream: true }));
      },
      flush(done) {
        done(null, decoder.decode());
      },
    }),
  );
}
