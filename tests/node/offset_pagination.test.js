// The offset-pagination type policy for Apollo Client of docs/api.md, against the live server in
// GRAPHQL_URL: each next page (as fetchMore asks for it) is appended, and each language keeps
// its own list.
import assert from "node:assert/strict";
import { test } from "node:test";

import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";

const url = process.env.GRAPHQL_URL;
const expected = JSON.parse(process.env.EXPECTED_TITLES);

// As in docs/api.md ("Lists"): one cached list per set of arguments but limit and offset, the
// pages fetched so far merged at their offsets.
function offsetList() {
  return {
    keyArgs: (args) =>
      JSON.stringify(
        Object.entries(args ?? {})
          .filter(([name]) => name !== "limit" && name !== "offset")
          .sort(),
      ),
    merge(existing, incoming, { args }) {
      const items = existing ? existing.items.slice(0) : [];
      const start = args?.offset ?? 0;
      incoming.items.forEach((item, index) => {
        items[start + index] = item;
      });
      return { ...incoming, items };
    },
  };
}

const NEWS = gql`
  query News($locale: Locale, $limit: Int, $offset: Int) {
    news(locale: $locale, limit: $limit, offset: $offset, order: TITLE_ASC) {
      totalCount
      hasMore
      items {
        id
        title
      }
    }
  }
`;

test("each next page is appended to one list, and the two languages stay apart", async () => {
  const client = new ApolloClient({
    link: new HttpLink({ uri: url }),
    cache: new InMemoryCache({ typePolicies: { Query: { fields: { news: offsetList() } } } }),
  });
  // Each page as fetchMore would ask for it: the merge puts it at its offset in one list.
  const page = (offset) =>
    client.query({
      query: NEWS,
      variables: { locale: "EN", limit: 2, offset },
      fetchPolicy: "network-only",
    });
  const first = await page(0);
  assert.deepEqual(first.data.news.items.map((item) => item.title), expected.en.slice(0, 2));
  await page(2);
  await page(4);
  const read = client.readQuery({ query: NEWS, variables: { locale: "EN", limit: 2, offset: 0 } });
  assert.deepEqual(read.news.items.map((item) => item.title), expected.en);
  assert.equal(read.news.hasMore, false);

  const japanese = await client.query({ query: NEWS, variables: { locale: "JA", limit: 2, offset: 0 } });
  assert.deepEqual(japanese.data.news.items.map((item) => item.title), expected.ja);
  const english = client.readQuery({ query: NEWS, variables: { locale: "EN", limit: 2, offset: 0 } });
  assert.deepEqual(english.news.items.map((item) => item.title), expected.en);
});
