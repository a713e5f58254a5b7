// Automatic persisted queries with Apollo Client, against the live server in GRAPHQL_URL.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";

import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";

const url = process.env.GRAPHQL_URL;
const expectedNames = JSON.parse(process.env.EXPECTED_SECTORS);

function recordingClient(requests) {
  const recordingFetch = async (input, init = {}) => {
    const response = await fetch(input, init);
    requests.push({ method: init.method ?? "GET", url: String(input), status: response.status });
    return response;
  };
  const persisted = new PersistedQueryLink({
    sha256: (query) => createHash("sha256").update(query).digest("hex"),
    useGETForHashedQueries: true,
  });
  return new ApolloClient({
    link: ApolloLink.from([persisted, new HttpLink({ uri: url, fetch: recordingFetch })]),
    cache: new InMemoryCache(),
  });
}

const SECTORS = gql`
  query SectorNames {
    sectors(locale: EN) {
      items {
        name
      }
    }
  }
`;

test("an unknown hash is registered once, then the hash alone is enough", async () => {
  const requests = [];
  const first = await recordingClient(requests).query({ query: SECTORS, fetchPolicy: "network-only" });
  assert.deepEqual(first.data.sectors.items.map((s) => s.name), expectedNames);
  // The hash alone (GET) is not known yet; the client then sends the document with it (POST).
  assert.deepEqual(requests.map((r) => r.method), ["GET", "POST"]);
  assert.match(requests[0].url, /extensions=.*persistedQuery/);
  assert.doesNotMatch(requests[0].url, /query=/);

  const later = [];
  const second = await recordingClient(later).query({ query: SECTORS, fetchPolicy: "network-only" });
  assert.deepEqual(second.data, first.data);
  // A new client sends only the hash, by GET, and the server knows it.
  assert.deepEqual(later.map((r) => [r.method, r.status]), [["GET", 200]]);
  assert.doesNotMatch(later[0].url, /query=/);
});
