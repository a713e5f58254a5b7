  DESCRIBE["stories"] = (item) => item.date;
