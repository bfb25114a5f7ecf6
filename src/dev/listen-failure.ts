/**
 * Why the preview could not start listening, in Swedish, with what to do:
 * the port is taken, reserved, or the host is not an address of this
 * computer. Pure.
 */

/**
 * The message for a failure to listen on `host`:`port`, or undefined when it is not one of these
 * (a fault to report as it is).
 */
export function listenFailureMessage(failure: unknown, host: string, port: number): string | undefined {
  switch ((failure as NodeJS.ErrnoException | undefined)?.code) {
    case 'EADDRINUSE':
      return `Porten ${port} används redan av ett annat program. Stäng det, eller välj en annan port: PORT=${port + 1} npm start`;
    case 'EACCES':
      return `Porten ${port} får bara användas av systemets administratör. Välj en port över 1023: PORT=8080 npm start`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `Adressen ${host} hör inte till den här datorn, så förhandsvisningen kan inte lyssna där. Ta bort HOST, eller ange HOST=127.0.0.1 npm start`;
    default:
      return undefined;
  }
}

/** The port `value` (from `PORT`) names, or a Swedish message when it names none. Empty or unset gives `fallback`. */
export function parsePort(value: string | undefined, fallback: number): number | string {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  return Number.isInteger(port) && port >= 0 && port <= 65535
    ? port
    : `PORT måste vara ett portnummer mellan 0 och 65535, till exempel PORT=8081 npm start (inte "${value}").`;
}
