import { runCli } from './run.js';

// A reader that stops early (`longmai dump … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

// Entry of dist/cli/longmai.cjs. exitCode (not exit()) lets piped stdout drain first.
process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
