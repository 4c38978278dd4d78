// Preloaded into the measured `couler` process (node -r): writes its peak memory and CPU time
// to the file COULER_BENCH_USAGE names when it exits.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.COULER_BENCH_USAGE, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
