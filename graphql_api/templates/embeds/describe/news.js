  DESCRIBE["news"] = (item) => item.date;
