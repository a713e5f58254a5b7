  DESCRIBE["partnerships"] = (item, _locale, text) => (item.since ? text.since(item.since) : "");
