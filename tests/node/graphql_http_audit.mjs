// The GraphQL-over-HTTP audits of graphql-http (every MUST, SHOULD and MAY) against GRAPHQL_URL.
// Prints one line per audit and the counts; exits 1 when any audit fails.
import { auditServer } from "graphql-http";

const url = process.env.GRAPHQL_URL;
if (!url) {
  console.error("Set GRAPHQL_URL to the endpoint to audit.");
  process.exit(2);
}
const results = await auditServer({ url });
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status] += 1;
  const reason = result.status === "ok" ? "" : ` -- ${result.reason}`;
  console.log(`${result.status.padEnd(6)} ${result.id} ${result.name}${reason}`);
}
console.log(
  `audits: ${results.length}, passed: ${counts.ok}, notices: ${counts.notice}, ` +
    `warnings: ${counts.warn}, errors: ${counts.error}`,
);
process.exit(counts.ok === results.length ? 0 : 1);
