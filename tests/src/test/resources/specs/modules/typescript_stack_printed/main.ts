interface Job { id: number }

function run(job: Job): never {
  throw new RangeError(`job ${job.id} failed`);
}

try {
  run({ id: 7 });
} catch (error) {
  console.log(String((error as Error).stack).replace(/file:\/\/\/.*\//g, ""));
}
