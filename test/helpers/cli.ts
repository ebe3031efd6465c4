/** Runs the `renstra` command in-process with a captured io: exit code, stdout and stderr text. */
import { main, type Io } from '../../src/cli/main';

export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s), errIsTty: false };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
