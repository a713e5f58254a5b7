// Normalised client caches across languages: Apollo Client's InMemoryCache and urql's graphcache,
// with default settings and the schema's possible types, against the live server in GRAPHQL_URL.
//
// Every case (a document and its English and Japanese variables, from CASES) is read from the
// network in English, then in Japanese, then again from the cache alone in both languages: each
// answer must be exactly the network's (plain fetch), whatever the other language put in the cache.
import assert from "node:assert/strict";
import { test } from "node:test";

import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { Client, fetchExchange } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import { getIntrospectionQuery } from "graphql";

const url = process.env.GRAPHQL_URL;
const cases = JSON.parse(process.env.CASES);

async function post(query, variables) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

// The clients add __typename to every selection; the plain answers have it only where asked.
function withoutTypenames(value) {
  if (Array.isArray(value)) return value.map(withoutTypenames);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "__typename")
        .map(([key, item]) => [key, withoutTypenames(item)]),
    );
  }
  return value;
}

async function introspection() {
  const data = await post(getIntrospectionQuery(), {});
  const possibleTypes = {};
  for (const type of data.__schema.types) {
    if (type.possibleTypes) possibleTypes[type.name] = type.possibleTypes.map((t) => t.name);
  }
  return { data, possibleTypes };
}

function apollo(possibleTypes) {
  const client = new ApolloClient({
    link: new HttpLink({ uri: url }),
    cache: new InMemoryCache({ possibleTypes }),
  });
  return {
    name: "Apollo Client",
    network: async (query, variables) =>
      (await client.query({ query: gql(query), variables, fetchPolicy: "network-only" })).data,
    cached: async (query, variables) =>
      (await client.query({ query: gql(query), variables, fetchPolicy: "cache-only" })).data,
  };
}

function urql(schema) {
  const client = new Client({ url, exchanges: [cacheExchange({ schema }), fetchExchange] });
  const run = async (query, variables, requestPolicy) => {
    const result = await client.query(query, variables, { requestPolicy }).toPromise();
    assert.equal(result.error, undefined, String(result.error));
    return result.data;
  };
  return {
    name: "urql graphcache",
    network: (query, variables) => run(query, variables, "network-only"),
    cached: (query, variables) => run(query, variables, "cache-only"),
  };
}

async function readAcrossLanguages(client) {
  const languages = ["en", "ja"];
  const truth = {};
  for (const language of languages) {
    for (const item of cases) {
      const variables = item.variables[language];
      truth[`${item.name} ${language}`] = await post(item.query, variables);
      const answer = await client.network(item.query, variables);
      assert.deepEqual(
        withoutTypenames(answer),
        withoutTypenames(truth[`${item.name} ${language}`]),
        `${client.name}: ${item.name} in ${language} from the network`,
      );
    }
  }
  // English again, then Japanese, from the cache alone.
  for (const language of languages) {
    for (const item of cases) {
      const answer = await client.cached(item.query, item.variables[language]);
      assert.deepEqual(
        withoutTypenames(answer),
        withoutTypenames(truth[`${item.name} ${language}`]),
        `${client.name}: ${item.name} in ${language} read back from the cache`,
      );
    }
  }
}

test("each language reads back from one cache exactly as the network gave it", async () => {
  const schema = await introspection();
  await readAcrossLanguages(apollo(schema.possibleTypes));
  await readAcrossLanguages(urql(schema.data));
});
