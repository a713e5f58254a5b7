  DESCRIBE["partners"] = (item, _locale, text) =>
    `${item.side === "JP" ? text.japan : text.europe} · ${item.country}`;
