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
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/** `[#########.....]  62%  41.2/66.0 MB  12.3 MB/s` */
export function progressLine(share: number, done: number, total: number, seconds: number): string {
  const filled = Math.round(share * WIDTH);
  const rate = seconds > 0 ? `${mb(done / seconds)} MB/s` : '';
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ${mb(done)}/${mb(total)} MB  ${rate}`;
}
