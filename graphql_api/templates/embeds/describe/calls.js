  DESCRIBE["calls"] = (item, locale, text) => {
    const days = item.daysLeft === null ? "" : ` · ${text.daysLeft(item.daysLeft)}`;
    return `${text.deadline}: ${when(item.deadlineLocal, locale, text)}${days}`;
  };
