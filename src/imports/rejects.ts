import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';

export interface Reject {
  line: number;
  column: string;
  message: string;
}

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * `<input>.rejects.csv` next to the input: one line per problem (file, line, column, message), UTF-8
 * with a byte-order mark so Excel shows Vietnamese correctly. Rewritten by every run of the file.
 * The same layout, as `<input>.warnings.csv`, lists rows imported with a warning (`what`).
 */
export class RejectsFile {
  readonly path: string;
  private readonly stream: WriteStream;
  count = 0;

  static pathFor(input: string, what: 'rejects' | 'warnings' = 'rejects'): string {
    return `${input}.${what}.csv`;
  }

  constructor(input: string, what: 'rejects' | 'warnings' = 'rejects') {
    this.path = RejectsFile.pathFor(input, what);
    this.stream = createWriteStream(this.path, { encoding: 'utf8' });
    this.stream.write('\uFEFFfile,line,column,message\n');
  }

  async add(file: string, reject: Reject): Promise<void> {
    this.count++;
    if (!this.stream.write(`${[path.basename(file), reject.line, reject.column, reject.message].map(csvCell).join(',')}\n`)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
