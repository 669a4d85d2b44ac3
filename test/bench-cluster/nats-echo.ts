/**
 * The raw NATS figure's responder, run as its own process (so it never shares an event loop with
 * the requester): subscribes to SUBJECT on URL and answers every request with its own payload.
 * Usage: node --experimental-strip-types nats-echo.ts URL SUBJECT. Stops on SIGTERM or SIGINT.
 */
// The same NATS client as Cassia (declared in test/package.json).
import { connect } from '@nats-io/transport-node';

const [url, subject] = process.argv.slice(2);
if (url === undefined || subject === undefined) {
  process.stderr.write('usage: nats-echo.ts URL SUBJECT\n');
  process.exit(2);
}
const nc = await connect({ servers: url, name: 'bench-nats-echo' });
let answered = 0;
nc.subscribe(subject, {
  callback: (err, msg) => {
    if (err !== null) {
      process.stderr.write(`nats-echo: subscription failed: ${err.message}\n`);
      process.exit(1);
    }
    msg.respond(msg.data);
    answered++;
  },
});
await nc.flush();
process.stdout.write(`nats-echo: answering on ${subject} at ${url}\n`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    process.stdout.write(`nats-echo: ${answered} requests answered\n`);
    void nc.close().finally(() => process.exit(0));
  });
}
