// Preloaded into each process the benchmark measures (node -r): writes the process's peak resident
// memory (kB) to the file BENCH_PEAK names, when the process exits.
const { writeFileSync } = require('fs');

process.on('exit', () => {
  if (process.env.BENCH_PEAK) writeFileSync(process.env.BENCH_PEAK, String(process.resourceUsage().maxRSS));
});
