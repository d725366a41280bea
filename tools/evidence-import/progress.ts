/** A one-line progress bar on stderr (redrawn in place on a terminal, a line every 10% otherwise). */
export class ProgressBar {
  private readonly started = Date.now();
  private lastDecile = -1;

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {}

  update(done: number, total: number): void {
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const line = progressLine(share, done, total, (Date.now() - this.started) / 1000);
    if (this.out.isTTY) {
      this.out.write(`\r${line}`);
      return;
    }
    const decile = Math.floor(share * 10);
    if (decile !== this.lastDecile) {
      this.lastDecile = decile;
      this.out.write(`${line}\n`);
    }
  }

  finish(message: string): void {
    this.out.write(`${this.out.isTTY ? '\r\x1b[K' : ''}${message}\n`);
  }
}

const WIDTH = 30;

/** Sizes in the unit the file's total reads best in: kB under a megabyte, MB above. */
const unitFor = (total: number) =>
  total < 1_048_576 ? { divisor: 1024, unit: 'kB' } : { divisor: 1_048_576, unit: 'MB' };

/** `[#########.....]  62%  41.2/66.0 MB  12.3 MB/s` */
export function progressLine(share: number, done: number, total: number, seconds: number): string {
  const filled = Math.round(share * WIDTH);
  const { divisor, unit } = unitFor(total);
  const size = (bytes: number) => (bytes / divisor).toFixed(1);
  const rate = seconds > 0 ? `${size(done / seconds)} ${unit}/s` : '';
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ${size(done)}/${size(total)} ${unit}  ${rate}`;
}
