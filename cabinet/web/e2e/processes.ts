// Child processes of the harness: started, their first matching output line awaited, killed at the end.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
  what: string,
): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start:\n${seen}`)), 30_000);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${what} exited with ${code}:\n${seen}`)));
  });
}

export function start(command: string, args: string[], logFile: number): ChildProcess {
  return spawn(command, args, { stdio: ['ignore', 'pipe', logFile] });
}

/** Runs a command to its end; its standard output. */
export async function runCommand(command: string, args: string[]): Promise<string> {
  const { stdout } = await run(command, args, { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
