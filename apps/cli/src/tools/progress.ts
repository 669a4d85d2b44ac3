// Progress of long operations (flush, compact over many nodes), drawn with cli-progress on
// stderr so that stdout (and --json) stays clean. Drawn only when stderr is a terminal:
// piped or redirected, nothing is written.
import cliProgress from 'cli-progress';

export interface Progress {
  /** One unit of work done; `detail` is shown after the count (e.g. "node2 ks.t"). */
  tick(detail: string): void;
  stop(): void;
}

/** Redraws per second at most. */
const PROGRESS_FPS = 5;
const BAR_WIDTH_CHARS = 30;

export const NO_PROGRESS: Progress = { tick: () => undefined, stop: () => undefined };

export function startProgress(title: string, total: number, unit: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total === 0) return NO_PROGRESS;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${title} |{bar}| {value}/{total} ${unit} | {duration_formatted} | {detail}`,
      barsize: BAR_WIDTH_CHARS,
      fps: PROGRESS_FPS,
      hideCursor: true,
      clearOnComplete: false,
      linewrap: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { detail: 'starting' });
  return {
    tick: (detail) => bar.increment(1, { detail }),
    stop: () => bar.stop(),
  };
}
