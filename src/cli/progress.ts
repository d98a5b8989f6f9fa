// A progress bar for long command-line jobs: redrawn in place on a terminal, a plain line per step otherwise.
import type { WriteStream } from 'node:tty';

export interface Progress {
  tick(label: string): void;
  done(): void;
}

export function progressBar(total: number, stream: NodeJS.WriteStream | WriteStream = process.stderr): Progress {
  let count = 0;
  const width = 30;
  const tty = Boolean(stream.isTTY);
  const started = Date.now();
  const draw = (label: string) => {
    const ratio = total === 0 ? 1 : count / total;
    const filled = Math.round(ratio * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const pct = `${Math.round(ratio * 100)}`.padStart(3);
    const elapsed = (Date.now() - started) / 1000;
    const eta = count > 0 && count < total ? ` ~${Math.ceil((elapsed / count) * (total - count))}s left` : '';
    const line = `${bar} ${pct}% ${count}/${total}${eta}  ${label}`;
    if (tty) stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 100) - 1)}`);
    else stream.write(`${line}\n`);
  };
  return {
    tick(label: string) {
      count++;
      draw(label);
    },
    done() {
      if (tty) stream.write('\n');
    },
  };
}
