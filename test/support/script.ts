/**
 * The end of a test script run in a plain process: its result printed as one JSON line for the
 * test to parse, or the error on stderr and exit code 1.
 */
export function printResultOf(main: () => Promise<Record<string, unknown>>): void {
  main().then(
    (out) => console.log(JSON.stringify(out)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
