  DESCRIBE["webinars"] = (item, locale, text) =>
    `${when(item.startLocal, locale, text)}${item.isCancelled ? ` · ${text.cancelled}` : ""}`;
